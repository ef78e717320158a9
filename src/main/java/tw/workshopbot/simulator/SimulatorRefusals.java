package tw.workshopbot.simulator;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** What the page posts that cannot be taken gets a 400 that says why, never a 5xx. */
@ControllerAdvice(assignableTypes = { SimulatorController.class, ClockController.class, RequestsController.class })
@WhenSimulating
class SimulatorRefusals {

	@ExceptionHandler({ IllegalArgumentException.class, MissingServletRequestParameterException.class,
			MethodArgumentTypeMismatchException.class })
	ResponseEntity<String> refused(Exception ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body("無法處理 / Refused: " + ex.getMessage());
	}

}
