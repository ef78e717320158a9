package tw.workshopbot.workshop;

/**
 * Who to ask about a workshop, as the brochure lists them (organizer, executing unit).
 * Any field but the organization may be missing.
 */
public record Contact(String role, String organization, String person, String phone, String fax, String email) {

}
