package tw.workshopbot.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock while the simulator runs: the real time moved forward by an offset
 * that the page sets, so that a rehearsal reaches a workshop's T−10, start and end in
 * minutes. It only moves forward (the service's schedules never expect time to go back),
 * and the offset is kept by {@link ClockOffset}, so a restart keeps the rehearsal's time.
 */
final class SimulatedClock extends Clock {

	private final Clock real;

	private final AtomicReference<Duration> offset;

	private final ClockOffset store;

	SimulatedClock(Clock real, ClockOffset store) {
		this.real = real;
		this.store = store;
		this.offset = new AtomicReference<>(store.load());
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return ZoneOffset.UTC.equals(zone) ? this : Clock.offset(this.real.withZone(zone), offset());
	}

	@Override
	public Instant instant() {
		return this.real.instant().plus(this.offset.get());
	}

	Duration offset() {
		return this.offset.get();
	}

	/**
	 * Moves the clock to {@code target}, or not at all when that is not later than now.
	 * @return whether it moved
	 */
	boolean moveTo(Instant target) {
		Duration ahead = Duration.between(instant(), target);
		return !ahead.isNegative() && !ahead.isZero() && advance(ahead);
	}

	/**
	 * @return false for a zero or negative amount: the clock never goes back
	 */
	boolean advance(Duration amount) {
		if (amount.isNegative() || amount.isZero()) {
			return false;
		}
		Duration moved = this.offset.accumulateAndGet(amount, Duration::plus);
		this.store.save(moved);
		return true;
	}

	/**
	 * How far a time the page typed is: {@code 10m}, {@code 2h}, {@code 1d}, {@code 90s}.
	 */
	static Duration parseAmount(String typed) {
		if (typed == null || !typed.strip().matches("\\d{1,6}[smhd]")) {
			throw new IllegalArgumentException("an amount such as 10m, 2h, 1d or 90s");
		}
		String value = typed.strip();
		long number = Long.parseLong(value.substring(0, value.length() - 1));
		return switch (value.charAt(value.length() - 1)) {
			case 's' -> Duration.ofSeconds(number);
			case 'm' -> Duration.ofMinutes(number);
			case 'h' -> Duration.ofHours(number);
			default -> Duration.ofDays(number);
		};
	}

}
