package tw.workshopbot.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tw.workshopbot.broadcast.Deliveries;
import tw.workshopbot.broadcast.Delivery;
import tw.workshopbot.broadcast.DeliveryCounts;
import tw.workshopbot.form.Email;
import tw.workshopbot.registration.Registration;
import tw.workshopbot.registration.Roster;
import tw.workshopbot.setup.AppProperties;
import tw.workshopbot.workshop.Workshop;

/**
 * How each of a workshop's deliveries went, with the people it could not reach in LINE
 * and what it takes to write to them instead: the API's and the console's one report.
 */
@Component
public class DeliveryOutcomes {

	private final Deliveries deliveries;

	private final Roster roster;

	private final ZoneId zone;

	DeliveryOutcomes(Deliveries deliveries, Roster roster, AppProperties app) {
		this.deliveries = deliveries;
		this.roster = roster;
		this.zone = app.zone();
	}

	/**
	 * A registrant a delivery could not reach in LINE, with what it takes to write to
	 * them instead.
	 */
	public record UnreachableJson(String registrationNo, String reason, String detail, String name, String office,
			String email) {
	}

	public record DeliveryJson(String id, String kind, String state, OffsetDateTime createdAt,
			OffsetDateTime finishedAt, OffsetDateTime stopAt, int requests, int accepted, int failed, int pending,
			DeliveryCounts counts, List<String> groups, List<UnreachableJson> unreachable) {
	}

	/** Newest last, as they were made. */
	public List<DeliveryJson> of(Workshop workshop) {
		return this.deliveries.of(workshop.id()).stream().map((status) -> {
			Delivery delivery = status.delivery();
			List<UnreachableJson> unreachable = status.unreachable()
				.stream()
				.map((person) -> unreachable(workshop.id(), person))
				.toList();
			return new DeliveryJson(delivery.id(), delivery.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
					status.state(), at(delivery.createdAt()),
					(status.finishedAt() != null) ? at(status.finishedAt()) : null, at(delivery.stopAt()),
					delivery.requests(), status.accepted(), status.failed(), status.pending(), status.counts(),
					delivery.groups(), unreachable);
		}).toList();
	}

	/**
	 * Those a delivery could not reach, as CSV to mail them from a spreadsheet; empty
	 * when the workshop has no such delivery.
	 */
	public Optional<ResponseEntity<StreamingResponseBody>> unreachableCsv(Workshop workshop, String deliveryId) {
		return of(workshop).stream()
			.filter((d) -> d.id().equals(deliveryId))
			.findFirst()
			.map((delivery) -> Spreadsheets
				.download(deliveryId + "-unreachable.csv", Spreadsheets.CSV,
						(out) -> Spreadsheets
							.csv(List.of("報名編號 Registration no.", "姓名 Name", "區公所 Office", "電子信箱 E-mail", "原因 Reason"),
									(row) -> delivery.unreachable()
										.forEach((person) -> row.accept(List.of(person.registrationNo(),
												text(person.name()), text(person.office()), text(person.email()),
												reason(person.reason())))),
									out)));
	}

	/** A reason in the spreadsheet's two languages. */
	private static String reason(String reason) {
		return switch (reason) {
			case "no-line-account" -> "沒有連結 LINE 帳號 no LINE account linked";
			case "blocked" -> "已封鎖官方帳號 blocked the bot";
			default -> reason;
		};
	}

	private static String text(String value) {
		return (value != null) ? value : "";
	}

	private UnreachableJson unreachable(String workshopId, Delivery.Unreachable person) {
		Optional<Registration> registration = this.roster.find(workshopId, person.registrationNo())
			.filter((found) -> !found.isErased());
		return new UnreachableJson(person.registrationNo(), person.reason(), person.detail(),
				registration.map((found) -> found.applicant().name()).orElse(null),
				registration.map(Registration::office).orElse(null),
				registration.map((found) -> found.applicant().email()).map(Email::value).orElse(null));
	}

	private OffsetDateTime at(Instant instant) {
		return instant.atZone(this.zone).toOffsetDateTime();
	}

}
