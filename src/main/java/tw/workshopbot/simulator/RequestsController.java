package tw.workshopbot.simulator;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tw.workshopbot.setup.AppProperties;

/** "What LINE received": every request the bot sent the stand-in, newest first. */
@Controller
@WhenSimulating
class RequestsController {

	private final SimulatorStore store;

	private final JsonMapper json;

	private final ZoneId zone;

	RequestsController(SimulatorStore store, JsonMapper json, AppProperties app) {
		this.store = store;
		this.json = json;
		this.zone = app.zone();
	}

	@GetMapping("/simulator/requests")
	String requests(Model model) {
		List<Map<String, Object>> shown = new ArrayList<>();
		for (SentRequest request : this.store.requests()) {
			shown.add(Map.of("at", ChatLine.SHOWN.format(request.at().atZone(this.zone)), "request", request, "body",
					pretty(request.body()), "answer", pretty(request.answer())));
		}
		model.addAttribute("requests", shown);
		model.addAttribute("charged", this.store.charged());
		return "simulator/requests";
	}

	private String pretty(String json) {
		if (json == null || json.isBlank()) {
			return "";
		}
		try {
			return this.json.writerWithDefaultPrettyPrinter().writeValueAsString(this.json.readTree(json));
		}
		catch (RuntimeException ex) {
			return json;
		}
	}

}
