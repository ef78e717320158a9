package tw.workshopbot.simulator;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** When the simulator runs: the rule of the issue, case by case. */
class SimulatorEnvironmentTest {

	@ParameterizedTest(name = "SIMULATOR={0}, REDIS_URL={1}, token={2} -> {3}")
	@CsvSource(nullValues = "-", value = { "-,-,-,true", "-,-,'',true", "-,redis://r:6379,-,false", "-,-,real,false",
			"true,-,real,true", "true,redis://r:6379,real,true", "false,-,-,false", "'',-,-,true" })
	void runsInLocalModeWithoutATokenOrWhenAskedFor(String simulator, String redisUrl, String token, boolean active) {
		assertThat(SimulatorEnvironment.active(simulator, redisUrl, token)).isEqualTo(active);
	}

}
