// The echo bot of LINE's Node.js SDK samples, as the flood benchmark runs it beside the
// service: the SDK's middleware checks the signature and parses the body, each text is
// replied to with itself, and the webhook is answered once the replies are sent. Only the
// API's base URL (the benchmark's stand-in for LINE) and the port come from outside.
import express from 'express';
import * as line from '@line/bot-sdk';

const client = new line.messagingApi.MessagingApiClient({
  channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN,
  baseURL: process.env.LINE_API_BASE_URL,
});

function handleEvent(event) {
  if (event.type !== 'message' || event.message.type !== 'text') {
    return Promise.resolve(null);
  }
  return client.replyMessage({
    replyToken: event.replyToken,
    messages: [{ type: 'text', text: event.message.text }],
  });
}

const app = express();
app.post('/callback', line.middleware({ channelSecret: process.env.CHANNEL_SECRET }), (req, res) => {
  Promise.all(req.body.events.map(handleEvent))
    .then((result) => res.json(result))
    .catch(() => res.status(500).end());
});
app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('echo bot listening'));
