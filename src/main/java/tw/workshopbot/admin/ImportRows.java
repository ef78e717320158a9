package tw.workshopbot.admin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

import tw.workshopbot.form.FormField;

/**
 * An import's body read into rows of typed answers: one object or an array of them.
 * Values may be strings, numbers or booleans, as spreadsheets convert them.
 */
final class ImportRows {

	static final String LINE_USER_ID = "lineUserId";

	static final int MAX_ROWS = 1000;

	private static final Set<String> FIELDS = Stream
		.concat(Stream.of(FormField.values()).map(FormField::field), Stream.of(LINE_USER_ID))
		.collect(Collectors.toUnmodifiableSet());

	/** A problem found before the form itself is read. */
	record Problem(int row, String field, String messageKey) {
	}

	/**
	 * @param answers per row, by field name; a row that is not an object has none
	 */
	record Rows(boolean single, List<Map<String, String>> answers, List<Problem> problems) {
	}

	private ImportRows() {
	}

	static Rows read(JsonNode body) {
		boolean single = body.isObject();
		List<JsonNode> nodes = new ArrayList<>();
		if (single) {
			nodes.add(body);
		}
		else if (body.isArray()) {
			body.forEach(nodes::add);
		}
		List<Problem> problems = new ArrayList<>();
		if (!single && !body.isArray()) {
			problems.add(new Problem(0, null, "import.notRows"));
		}
		else if (nodes.isEmpty()) {
			problems.add(new Problem(0, null, "import.empty"));
		}
		else if (nodes.size() > MAX_ROWS) {
			problems.add(new Problem(0, null, "import.tooMany"));
		}
		List<Map<String, String>> answers = new ArrayList<>();
		for (int i = 0; i < nodes.size() && problems.isEmpty(); i++) {
			answers.add(answers(nodes.get(i), i + 1, problems));
		}
		return new Rows(single, answers, problems);
	}

	private static Map<String, String> answers(JsonNode node, int row, List<Problem> problems) {
		Map<String, String> answers = new HashMap<>();
		if (!node.isObject()) {
			problems.add(new Problem(row, null, "import.notAnObject"));
			return answers;
		}
		for (var property : node.properties()) {
			JsonNode value = property.getValue();
			if (!FIELDS.contains(property.getKey())) {
				problems.add(new Problem(row, property.getKey(), "import.unknownField"));
			}
			else if (value.isContainer()) {
				problems.add(new Problem(row, property.getKey(), "import.notAValue"));
			}
			else if (!value.isNull()) {
				answers.put(property.getKey(), value.asString());
			}
		}
		return answers;
	}

}
