package tw.workshopbot.inbox;

import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import tw.workshopbot.chat.ChatEvent;
import tw.workshopbot.privacy.DataCipher;

/**
 * An inbox entry is the event's JSON, sealed whole: a text may carry an ID number as
 * typed. Every event is written once and read once on the busiest path, so instants are
 * stored as epoch milliseconds (LINE's own precision) rather than ISO text, whose parsing
 * cost more than the rest of the event; either form is read.
 */
@Component
class InboxCodec {

	static final String PURPOSE = "inbox";

	private final ObjectWriter writer;

	private final ObjectReader reader;

	private final DataCipher cipher;

	InboxCodec(JsonMapper json, DataCipher cipher) {
		JsonMapper compact = json.rebuild()
			.enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DateTimeFeature.WRITE_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.disable(DateTimeFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS)
			.build();
		this.writer = compact.writerFor(ChatEvent.class);
		this.reader = compact.readerFor(ChatEvent.class);
		this.cipher = cipher;
	}

	String seal(ChatEvent event) {
		return this.cipher.seal(this.writer.writeValueAsBytes(event), PURPOSE);
	}

	ChatEvent open(String entry) {
		return this.reader.readValue(this.cipher.open(entry, PURPOSE));
	}

}
