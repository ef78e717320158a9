package tw.workshopbot.inbox;

import java.util.List;
import java.util.stream.IntStream;

import io.lettuce.core.cluster.SlotHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every inbox script touches keys of one Redis Cluster slot, and chats spread over all
 * shards.
 */
class InboxKeysTest {

	private static final List<String> CHATS = List.of("user:U4af4980629abcdefabcdefabcdef0001",
			"group:C4af4980629abcdefabcdefabcdef0001", "room:Rabc", "user:u206d25c2ea6bd87c17655609a1c37cb8",
			"user:有}括號{的id", "none:-");

	@Test
	void keepsEachChatsKeysInTheSlotOfItsShardsPendingIndex() {
		for (String chat : CHATS) {
			int slot = SlotHash.getSlot(InboxKeys.pending(InboxKeys.shardOf(chat)));
			assertThat(List.of(InboxKeys.events(chat), InboxKeys.seen(chat, "01H810YECXQQZ37VAXPF6H9E6T"),
					InboxKeys.lease(chat), InboxKeys.deadLetters(chat)))
				.as(chat)
				.allSatisfy((key) -> assertThat(SlotHash.getSlot(key)).isEqualTo(slot));
		}
	}

	@Test
	void spreadsChatsOverEveryShard() {
		long shardsUsed = IntStream.range(0, 5_000).mapToObj((i) -> InboxKeys.shardOf("user:U" + i)).distinct().count();

		assertThat(shardsUsed).isEqualTo(InboxKeys.SHARDS);
	}

}
