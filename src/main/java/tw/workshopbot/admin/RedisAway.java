package tw.workshopbot.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Everything the admin API knows lives in Redis: while Redis does not answer, every call
 * is refused with 503 and {@code Retry-After}, which tells a script or a person to try
 * again shortly, instead of a bare 500 that says the request itself was wrong.
 */
@RestControllerAdvice(basePackageClasses = RedisAway.class)
class RedisAway {

	static final String RETRY_AFTER_SECONDS = "5";

	private static final Logger log = LoggerFactory.getLogger(RedisAway.class);

	@ExceptionHandler(DataAccessException.class)
	ResponseEntity<ProblemDetail> redisAway(DataAccessException ex) {
		log.warn("Admin API call refused: Redis is not answering ({})", ex.getClass().getSimpleName());
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"資料庫暫時無法連線，請稍後再試。 / The data store is not answering; try again shortly.");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
			.body(problem);
	}

}
