package tw.workshopbot.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The places in a JSON tree, as JSON pointers, and changing what is at one. */
public final class JsonPaths {

	private JsonPaths() {
	}

	/** Every field and every list element; a list also gets "/-" (one more element). */
	public static List<String> of(JsonNode node) {
		return of(node, "");
	}

	private static List<String> of(JsonNode node, String at) {
		List<String> paths = new ArrayList<>();
		if (node instanceof ObjectNode object) {
			for (Map.Entry<String, JsonNode> field : object.properties()) {
				String path = at + "/" + field.getKey();
				paths.add(path);
				paths.addAll(of(field.getValue(), path));
			}
		}
		else if (node instanceof ArrayNode array) {
			paths.add(at + "/-");
			for (int i = 0; i < array.size(); i++) {
				paths.add(at + "/" + i);
				paths.addAll(of(array.get(i), at + "/" + i));
			}
		}
		return paths;
	}

	/**
	 * Puts {@code value} at {@code path} of {@code root}: replaced, or appended at "/-".
	 */
	public static void set(JsonNode root, String path, JsonNode value) {
		int slash = path.lastIndexOf('/');
		JsonNode parent = (slash == 0) ? root : root.at(path.substring(0, slash));
		String last = path.substring(slash + 1);
		if (parent instanceof ArrayNode array) {
			if ("-".equals(last)) {
				array.add(value);
			}
			else if (last.matches("\\d+")) {
				array.set(Integer.parseInt(last), value);
			}
		}
		else if (parent instanceof ObjectNode object) {
			object.set(last, value);
		}
	}

	/** Takes away what is at {@code path}; "/-" takes nothing. */
	public static void remove(JsonNode root, String path) {
		int slash = path.lastIndexOf('/');
		JsonNode parent = (slash == 0) ? root : root.at(path.substring(0, slash));
		String last = path.substring(slash + 1);
		if (parent instanceof ArrayNode array && last.matches("\\d+")) {
			array.remove(Integer.parseInt(last));
		}
		else if (parent instanceof ObjectNode object) {
			object.remove(last);
		}
	}

}
