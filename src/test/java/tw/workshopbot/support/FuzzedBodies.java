package tw.workshopbot.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Mutated JSON bodies for fuzz tests, drawn with jqwik's generators (inside a
 * {@code JqwikSession} whose seed the test prints): a valid body with one to three
 * mutations: a value replaced by a value of another type, a huge or odd Unicode string, a
 * field removed, an unknown type, invalid UTF-8, deep nesting, many copies of an element,
 * the bytes cut short or one byte changed.
 */
public final class FuzzedBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Stands for bytes the tree cannot hold; swapped in after writing. */
	private static final String MARK = "\u0001MARK\u0001";

	private static final List<String> INVALID_UTF8 = List.of("ff", "c328", "eda080", "f888808080", "c0af", "80", "e282",
			"f4908080");

	private static final List<String> TYPES = List.of("message", "postback", "follow", "unfollow", "join", "leave",
			"memberJoined", "memberLeft", "unsend", "videoPlayComplete", "beacon", "accountLink", "things",
			"membership", "module", "activated", "deactivated", "botSuspended", "botResumed", "text", "image",
			"sticker", "location", "file", "audio", "video", "user", "group", "room", "", "MESSAGE", "報名", "null");

	private static final List<String> ODD_TEXTS = List.of("\u0000", "\u202e報名\u202c", "\ufeff報名", "報名\u200b", "e\u0301",
			"👨‍👩‍👧‍👦", "𠀀𪚥", "\ud83d", "\udc00", "\r\n", "\t", "\\", "\"", "</script>", "${jndi:x}", "%s%n",
			"'; --", "\uff11\uff12\uff13", "ｔ＝ｘ", "t=%", "t=%ZZ&w=", "\u3000", "\u00a0", "A".repeat(64));

	public record Fuzzed(String how, byte[] body) {

		public String shown() {
			String text = new String(this.body, StandardCharsets.UTF_8);
			return this.how + ": " + (text.length() > 400 ? text.substring(0, 400) + "…" : text);
		}

	}

	private enum Mutation {

		REPLACE, REMOVE, TYPE, INVALID_UTF8, DEEP, MANY, CUT, BYTE

	}

	private FuzzedBodies() {
	}

	/**
	 * Mutations of {@code seeds}: each supplier makes a fresh valid body (new ids, so
	 * that no mutant is dropped as a redelivery of another).
	 */
	public static Arbitrary<Fuzzed> of(List<Supplier<JsonNode>> seeds) {
		Arbitrary<Step> step = Combinators
			.combine(Arbitraries.of(Mutation.class), Arbitraries.integers().between(0, Integer.MAX_VALUE), oddValue(),
					Arbitraries.integers().between(0, 255))
			.as(Step::new);
		return Combinators
			.combine(Arbitraries.integers().between(0, seeds.size() - 1), step.list().ofMinSize(1).ofMaxSize(3))
			.as((seed, steps) -> apply(seeds.get(seed).get(), steps));
	}

	private record Step(Mutation mutation, int where, JsonNode value, int octet) {
	}

	private static Fuzzed apply(JsonNode body, List<Step> steps) {
		List<String> how = new ArrayList<>();
		List<String> swaps = new ArrayList<>();
		Integer cut = null;
		Integer flip = null;
		int octet = 0;
		for (Step step : steps) {
			List<String> paths = JsonPaths.of(body);
			String path = paths.isEmpty() ? null : paths.get(step.where() % paths.size());
			how.add(step.mutation() + (path != null ? " " + path : ""));
			if (path == null) {
				continue;
			}
			switch (step.mutation()) {
				case REPLACE -> JsonPaths.set(body, path, step.value());
				case REMOVE -> JsonPaths.remove(body, path);
				case TYPE -> JsonPaths.set(body, typePath(body, path),
						JSON.getNodeFactory().stringNode(TYPES.get(step.where() % TYPES.size())));
				case INVALID_UTF8 -> {
					JsonPaths.set(body, path, JSON.getNodeFactory().stringNode("x" + MARK + "y"));
					swaps.add(new String(HexFormat.of().parseHex(INVALID_UTF8.get(step.where() % INVALID_UTF8.size())),
							StandardCharsets.ISO_8859_1));
				}
				case DEEP -> {
					JsonPaths.set(body, path, JSON.getNodeFactory().stringNode(MARK));
					int depth = 50 + step.where() % 5000;
					swaps.add("[".repeat(depth) + "]".repeat(depth));
				}
				case MANY -> many(body, path, 2 + step.where() % 60);
				case CUT -> cut = step.where();
				case BYTE -> {
					flip = step.where();
					octet = step.octet();
				}
			}
		}
		byte[] bytes = write(body, swaps);
		if (flip != null && bytes.length > 0) {
			bytes[flip % bytes.length] = (byte) octet;
		}
		if (cut != null && bytes.length > 0) {
			bytes = java.util.Arrays.copyOf(bytes, cut % bytes.length);
		}
		return new Fuzzed(String.join(", ", how), bytes);
	}

	/** The "type" field nearest the path, so that unknown types reach every level. */
	private static String typePath(JsonNode body, String path) {
		String at = path;
		while (!at.isEmpty()) {
			JsonNode node = body.at(at);
			if (node.isObject()) {
				return at + "/type";
			}
			at = at.substring(0, at.lastIndexOf('/'));
		}
		return "/type";
	}

	/** Copies of the element or field at the path, as an array in its place. */
	private static void many(JsonNode body, String path, int copies) {
		JsonNode node = body.at(path);
		ArrayNode array = JSON.createArrayNode();
		for (int i = 0; i < copies; i++) {
			array.add(node.deepCopy());
		}
		JsonPaths.set(body, path, array);
	}

	/**
	 * Written as text, then as UTF-8 with the marks swapped for raw bytes: a lone
	 * surrogate becomes '?', and the swapped bytes may be no UTF-8 at all.
	 */
	private static byte[] write(JsonNode body, List<String> swaps) {
		String text = JSON.writeValueAsString(body);
		StringBuilder out = new StringBuilder();
		int from = 0;
		for (String swap : swaps) {
			int mark = text.indexOf(MARK, from);
			if (mark < 0) {
				break; // a later mutation took the marked value away
			}
			out.append(new String(text.substring(from, mark).getBytes(StandardCharsets.UTF_8),
					StandardCharsets.ISO_8859_1));
			out.append(swap);
			from = mark + MARK.length();
		}
		out.append(new String(text.substring(from).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
		return out.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** A value of any JSON type, odd ones often. */
	private static Arbitrary<JsonNode> oddValue() {
		Arbitrary<Object> plain = Arbitraries.oneOf(Arbitraries.just(null), Arbitraries.of(true, false),
				Arbitraries.longs(), Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 0L, -1L, 9_007_199_254_740_993L),
				Arbitraries.of(1e308, -0.0, 0.5, 1e-320), Arbitraries.strings().all().ofMaxLength(40),
				Arbitraries.of(ODD_TEXTS), hugeText(), Arbitraries.just(List.of()), Arbitraries.just(Map.of()),
				Arbitraries.just(List.of(Map.of("type", "text"))),
				Arbitraries.strings().all().ofMaxLength(8).list().ofMaxSize(5),
				Arbitraries.maps(Arbitraries.strings().ofMaxLength(8), Arbitraries.strings().all().ofMaxLength(8))
					.ofMaxSize(4));
		return plain.map((value) -> (value == null) ? JSON.nullNode() : JSON.valueToTree(value));
	}

	/** Up to 200,000 characters: odd text repeated, CJK, emoji. */
	private static Arbitrary<Object> hugeText() {
		return Combinators
			.combine(
					Arbitraries.oneOf(Arbitraries.of(ODD_TEXTS),
							Arbitraries.strings().all().ofMinLength(1).ofMaxLength(4)),
					Arbitraries.integers().between(1_000, 200_000))
			.as((unit, length) -> unit.repeat(Math.max(1, length / unit.length())));
	}

}
