package tw.workshopbot.workshop;

import java.util.List;

import org.springframework.stereotype.Component;

/** The catalog's offices: those of a workshop created without a list of its own. */
@Component
public class CatalogOffices {

	private volatile List<Office> offices = List.of();

	void use(List<Office> catalogOffices) {
		this.offices = List.copyOf(catalogOffices);
	}

	public List<Office> all() {
		return this.offices;
	}

}
