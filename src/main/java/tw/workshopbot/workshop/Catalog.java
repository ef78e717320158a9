package tw.workshopbot.workshop;

import java.util.List;

/**
 * A catalog file: the offices of one city or county and its workshops. Workshops that
 * list no offices invite all of the catalog's.
 */
public record Catalog(List<Office> offices, List<Workshop> workshops) {

	public Catalog {
		offices = (offices != null) ? List.copyOf(offices) : List.of();
		workshops = (workshops != null) ? List.copyOf(workshops) : List.of();
	}

}
