package tw.workshopbot.benchmark;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

import tw.workshopbot.form.NationalId;
import tw.workshopbot.setup.RedisServerProcess;

/**
 * An organizer's roster work at scale, against the packaged service as its own process
 * ({@code -Xmx256m}) with a Redis of its own: imports 10,000 registrations in batches of
 * 500 (half requesting learning hours, so half carry an ID number through the blind
 * index), then downloads the roster as CSV and XLSX and prints times and the service's
 * heap. Run with {@code ./mvnw -Pbenchmark verify -Dbench.skipWebhook=true} (README).
 */
public final class RosterBenchmark {

	private static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 10_000);

	private static final int BATCH = Integer.getInteger("bench.batch", 500);

	private static final int WARMUP_ROUNDS = Integer.getInteger("bench.rosterWarmup", 3);

	/** Letters in the order of their codes 10, 11, ... (as TAIWAN.md lists them). */
	private static final String LETTER_CODES = "ABCDEFGHJKLMNPQRSTUVXYWZIO";

	private RosterBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path jar = Path.of(args[0]);
		Path work = Files.createTempDirectory("roster-benchmark");
		RedisServerProcess redis = RedisServerProcess.onFreePort(work.resolve("redis"), false).start();
		int port = ServiceProcess.freePort();
		Process service = ServiceProcess.start(jar, port, redis.url(), "http://127.0.0.1:9", work);
		try {
			ServiceProcess.awaitUp(port);
			HttpClient http = HttpClient.newHttpClient();
			int idSerial = 0;
			for (int round = 1; round <= WARMUP_ROUNDS; round++) {
				String warmup = createWorkshop(http, port);
				Duration took = importAll(http, port, warmup, idSerial);
				idSerial += REGISTRATIONS;
				System.out.printf("Warm-up round %d: %,d registrations imported in %.1f s; exports took %s%n", round,
						REGISTRATIONS, took.toMillis() / 1000.0, exportTimes(http, port, warmup));
			}
			String workshop = createWorkshop(http, port);
			Duration importing = importAll(http, port, workshop, idSerial);
			System.out.printf("%nRoster benchmark: %,d registrations in batches of %d, one client, %d cores%n",
					REGISTRATIONS, BATCH, Runtime.getRuntime().availableProcessors());
			System.out.printf("  import                   %,.0f registrations/s (%.2f s)%n",
					REGISTRATIONS / (importing.toMillis() / 1000.0), importing.toMillis() / 1000.0);
			export(http, port, workshop, "csv");
			export(http, port, workshop, "xlsx");
			System.out.printf("  service after the run    RSS %.0f MB (heap limit -Xmx256m)%n",
					ServiceProcess.rssMegabytes(service));
		}
		finally {
			service.destroy();
			service.waitFor();
			redis.stop();
		}
	}

	private static String exportTimes(HttpClient http, int port, String workshop) throws Exception {
		long csv = download(http, port, workshop, "csv").elapsedMillis();
		long xlsx = download(http, port, workshop, "xlsx").elapsedMillis();
		return String.format("CSV %d ms, XLSX %d ms", csv, xlsx);
	}

	/** Downloads while sampling the service's heap every 10 ms, and prints both. */
	private static void export(HttpClient http, int port, String workshop, String format) throws Exception {
		AtomicLong peakHeap = new AtomicLong();
		ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
		sampler.scheduleAtFixedRate(() -> {
			try {
				long used = (long) ServiceProcess.metric(http, port, "jvm.memory.used?tag=area:heap");
				peakHeap.accumulateAndGet(used, Math::max);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Heap sampling failed", ex);
			}
		}, 0, 10, TimeUnit.MILLISECONDS);
		Download download = download(http, port, workshop, format);
		sampler.shutdown();
		sampler.awaitTermination(5, TimeUnit.SECONDS);
		String rows = format.equals("xlsx") ? xlsxRows(download.body()) + " rows" : download.lines() + " lines";
		System.out.printf("  export %-4s              %,d ms, %,.1f MB, %s; heap used at most %.0f MB (sampled)%n",
				format.toUpperCase(), download.elapsedMillis(), download.body().length / 1e6, rows,
				peakHeap.get() / 1e6);
	}

	private record Download(byte[] body, long elapsedMillis) {

		long lines() {
			long lines = 0;
			for (byte b : this.body) {
				if (b == '\n') {
					lines++;
				}
			}
			return lines;
		}

	}

	private static Download download(HttpClient http, int port, String workshop, String format) throws Exception {
		Instant start = Instant.now();
		HttpResponse<byte[]> response = http.send(
				request(port, "/api/workshops/" + workshop + "/registrations." + format).GET().build(),
				HttpResponse.BodyHandlers.ofByteArray());
		long elapsed = Duration.between(start, Instant.now()).toMillis();
		if (response.statusCode() != 200) {
			throw new IllegalStateException(format + " export answered " + response.statusCode());
		}
		return new Download(response.body(), elapsed);
	}

	private static int xlsxRows(byte[] xlsx) throws Exception {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			return workbook.getFirstSheet().read().size();
		}
	}

	static Duration importAll(HttpClient http, int port, String workshop, int idSerial) throws Exception {
		List<String> batches = new ArrayList<>();
		for (int from = 0; from < REGISTRATIONS; from += BATCH) {
			StringBuilder batch = new StringBuilder("[");
			for (int i = from; i < Math.min(REGISTRATIONS, from + BATCH); i++) {
				batch.append((i > from) ? "," : "").append(row(i, idSerial + i));
			}
			batches.add(batch.append(']').toString());
		}
		Instant start = Instant.now();
		for (String batch : batches) {
			HttpResponse<String> response = http.send(request(port, "/api/workshops/" + workshop + "/registrations")
				.POST(HttpRequest.BodyPublishers.ofString(batch))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 201) {
				throw new IllegalStateException("Import answered " + response.statusCode() + ": " + response.body());
			}
		}
		return Duration.between(start, Instant.now());
	}

	static String row(int i, int idSerial) {
		boolean hours = i % 2 == 0;
		String identity = hours ? ",\"nationalId\":\"" + nationalId(idSerial) + "\",\"birthDate\":\"74/03/15\"" : "";
		return """
				{"name":"測試%d","office":"西屯區公所","section":"民政課","title":"課員","learningHours":%s%s,\
				"gender":"女","email":"staff%d@taichung.gov.tw","dayPhone":"04-2228-9111#%d","mobile":"0912345678",\
				"address":"臺中市西屯區臺灣大道三段99號","youtubeId":"yt%d","lineId":"line%d"}""".formatted(i, hours, identity, i,
				i % 1000, i, i);
	}

	/** A valid, distinct ID number per serial: letter, sex digit, serial, check digit. */
	static String nationalId(int serial) {
		String body = "A" + (1 + serial % 2) + String.format("%07d", serial / 2);
		int code = 10 + LETTER_CODES.indexOf(body.charAt(0));
		int sum = code / 10 + (code % 10) * 9;
		for (int i = 1; i < 9; i++) {
			sum += (body.charAt(i) - '0') * (9 - i);
		}
		String id = body + (10 - sum % 10) % 10;
		return new NationalId(id).value();
	}

	static String createWorkshop(HttpClient http, int port) throws Exception {
		Instant now = Instant.now();
		String body = """
				{"title":"效能測試工作坊","startsAt":"%s","endsAt":"%s","registrationClosesAt":"%s","learningHours":2}"""
			.formatted(now.plus(Duration.ofDays(3)), now.plus(Duration.ofDays(3)).plus(Duration.ofHours(2)),
					now.plus(Duration.ofDays(2)));
		HttpResponse<String> response = http.send(
				request(port, "/api/workshops").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
				HttpResponse.BodyHandlers.ofString());
		String created = response.body();
		int at = created.indexOf("\"id\":\"") + 6;
		return created.substring(at, created.indexOf('"', at));
	}

	private static HttpRequest.Builder request(int port, String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Bearer " + ServiceProcess.ADMIN)
			.header("Content-Type", "application/json");
	}

}
