package tw.workshopbot.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;

/**
 * Checks a request the service sent to LINE against LINE's own OpenAPI spec
 * (../shared/line-openapi/messaging-api.yml) and, since the spec does not encode them,
 * LINE's documented limits. Without the spec (a clone without ../shared) the spec check
 * is skipped with a visible message; under CI it is required.
 */
public final class LineRequestValidator {

	public static final Path SPEC = Path
		.of(System.getProperty("line.openapi.spec", "../shared/line-openapi/messaging-api.yml"));

	private static final OpenApiInteractionValidator VALIDATOR = createValidator();

	private LineRequestValidator() {
	}

	public static boolean specAvailable() {
		return VALIDATOR != null;
	}

	/** Every problem found in one request; empty when it is valid. */
	public static List<String> problems(LoggedRequest request) {
		Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
		for (HttpHeader header : request.getHeaders().all()) {
			headers.put(header.key(), header.values());
		}
		return problems(request.getMethod().getName(), request.getUrl(), headers, request.getBodyAsString());
	}

	public static List<String> problems(String method, String url, Map<String, List<String>> headers, String body) {
		List<String> problems = new ArrayList<>();
		if (VALIDATOR != null) {
			ValidationReport report = VALIDATOR.validateRequest(toRequest(method, url, headers, body));
			report.getMessages()
				.stream()
				.filter((message) -> message.getLevel() == ValidationReport.Level.ERROR)
				.forEach((message) -> problems.add(message.getKey() + ": " + message.getMessage()));
		}
		boolean retryKey = headers.keySet().stream().anyMatch("X-Line-Retry-Key"::equalsIgnoreCase);
		problems.addAll(LineLimits.problems(method, url, retryKey, body));
		return problems;
	}

	private static Request toRequest(String method, String url, Map<String, List<String>> headers, String body) {
		String[] pathAndQuery = url.split("\\?", 2);
		SimpleRequest.Builder builder = new SimpleRequest.Builder(method, pathAndQuery[0]);
		headers.forEach(builder::withHeader);
		if (pathAndQuery.length > 1) {
			for (String pair : pathAndQuery[1].split("&")) {
				String[] nameValue = pair.split("=", 2);
				builder.withQueryParam(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
			}
		}
		if (body != null && !body.isEmpty()) {
			builder.withBody(body);
		}
		return builder.build();
	}

	private static OpenApiInteractionValidator createValidator() {
		if (!Files.exists(SPEC)) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				throw new IllegalStateException(
						"CI=true but LINE's OpenAPI spec is missing at " + SPEC.toAbsolutePath());
			}
			System.err.println("WARNING: LINE's OpenAPI spec not found at " + SPEC.toAbsolutePath()
					+ ": requests to LINE are checked against LINE's limits only, NOT against the spec.");
			return null;
		}
		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		OpenAPI api = new OpenAPIV3Parser().read(SPEC.toString(), null, options);
		patchLineSpec(api);
		return OpenApiInteractionValidator.createFor(api)
			.withLevelResolver(LevelResolver.create()
				.withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
				.build())
			.build();
	}

	/**
	 * LINE's spec, patched in memory: three discriminated schemas do not list their
	 * discriminator as required (the validator then rejects every message with a quick
	 * reply), and the top-level security is copied to operations so that a missing bearer
	 * token is reported.
	 */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void patchLineSpec(OpenAPI api) {
		Map<String, Schema> schemas = api.getComponents().getSchemas();
		for (String name : List.of("Action", "Recipient", "DemographicFilter")) {
			Schema schema = schemas.get(name);
			List<String> required = schema.getRequired() == null ? new ArrayList<>()
					: new ArrayList<>(schema.getRequired());
			if (!required.contains("type")) {
				required.add("type");
			}
			schema.setRequired(required);
		}
		if (api.getSecurity() != null) {
			api.getPaths().values().forEach((path) -> path.readOperations().forEach((Operation operation) -> {
				if (operation.getSecurity() == null) {
					operation.setSecurity(api.getSecurity());
				}
			}));
		}
	}

}
