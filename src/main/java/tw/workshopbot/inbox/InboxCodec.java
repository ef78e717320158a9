package tw.workshopbot.inbox;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.privacy.DataCipher;

/**
 * An inbox entry is the event's JSON, sealed whole: a text may carry an ID number as
 * typed.
 */
@Component
class InboxCodec {

	static final String PURPOSE = "inbox";

	private final JsonMapper json;

	private final DataCipher cipher;

	InboxCodec(JsonMapper json, DataCipher cipher) {
		this.json = json;
		this.cipher = cipher;
	}

	String seal(ChatEvent event) {
		return this.cipher.seal(this.json.writeValueAsBytes(event), PURPOSE);
	}

	ChatEvent open(String entry) {
		return this.json.readValue(this.cipher.open(entry, PURPOSE), ChatEvent.class);
	}

}
