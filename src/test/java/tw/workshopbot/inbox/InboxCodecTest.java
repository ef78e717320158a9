package tw.workshopbot.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.chat.ChatRef;
import tw.workshopbot.chat.EventContext;
import tw.workshopbot.privacy.DataCipher;
import tw.workshopbot.privacy.EncryptionProperties;

import static org.assertj.core.api.Assertions.assertThat;

class InboxCodecTest {

	private final DataCipher cipher = new DataCipher(
			new EncryptionProperties("q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=", null, List.of()));

	private final InboxCodec codec = new InboxCodec(JsonMapper.builder().build(), this.cipher);

	private final ChatEvent typed = new ChatEvent.TextReceived(
			new EventContext("01HEVENT", Instant.parse("2020-05-12T06:29:30.123Z"),
					Instant.parse("2020-05-12T06:29:30.456Z"), ChatRef.user("U206d25c2ea6bd87c17655609a1c37cb8"),
					"U206d25c2ea6bd87c17655609a1c37cb8", "token", false, false),
			"A123456789");

	@Test
	void anEventComesBackAsItWasStoredAndIsNotReadableInRedis() {
		String entry = this.codec.seal(this.typed);

		assertThat(entry).doesNotContain("A123456789").startsWith("gcm1.");
		assertThat(this.codec.open(entry)).isEqualTo(this.typed);
	}

	/** Events stored by the previous version (ISO instants) still wait in Redis. */
	@Test
	void readsEntriesWhoseInstantsAreIsoText() {
		String earlier = """
				{"type":"text","context":{"eventId":"01HEVENT","occurredAt":"2020-05-12T06:29:30.123Z",
				"receivedAt":"2020-05-12T06:29:30.456Z","chat":{"kind":"USER","id":"U206d25c2ea6bd87c17655609a1c37cb8"},
				"userId":"U206d25c2ea6bd87c17655609a1c37cb8","replyToken":"token","standby":false,"redelivery":false},
				"text":"A123456789"}""";

		String entry = this.cipher.seal(earlier.getBytes(StandardCharsets.UTF_8), InboxCodec.PURPOSE);

		assertThat(this.codec.open(entry)).isEqualTo(this.typed);
	}

}
