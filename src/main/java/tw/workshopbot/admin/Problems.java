package tw.workshopbot.admin;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import tw.workshopbot.workshop.Workshop;
import tw.workshopbot.workshop.Workshops;

/** Refusals of the admin API, as RFC 9457 problem documents. */
final class Problems {

	private Problems() {
	}

	static ErrorResponseException problem(HttpStatus status, String detail) {
		return new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status, detail), null);
	}

	static Workshop existing(Workshops workshops, String id) {
		return workshops.find(id).orElseThrow(() -> problem(HttpStatus.NOT_FOUND, "No workshop with id " + id));
	}

}
