package tw.workshopbot.registration;

import java.util.List;

import io.lettuce.core.cluster.SlotHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each registration script's keys share one Redis Cluster slot: the workshop's. */
class RegistrationKeysTest {

	private static final List<String> WORKSHOPS = List.of("W109", "demo", "W7KQ2F", "a_b-c", "W{1}");

	@Test
	void keepsEveryScriptsKeysInTheWorkshopsSlot() {
		for (String id : WORKSHOPS) {
			RegistrationKeys keys = new RegistrationKeys(id);
			int slot = SlotHash.getSlot(keys.seats());
			for (List<String> script : List.of(keys.forRegister(), keys.forWithdraw(), keys.forPromote(),
					keys.forClaim())) {
				assertThat(script).as(id).allSatisfy((key) -> assertThat(SlotHash.getSlot(key)).isEqualTo(slot));
			}
		}
	}

	@Test
	void givesEachWorkshopItsOwnKeys() {
		assertThat(new RegistrationKeys("W109").forRegister())
			.doesNotContainAnyElementsOf(new RegistrationKeys("W110").forRegister());
	}

}
