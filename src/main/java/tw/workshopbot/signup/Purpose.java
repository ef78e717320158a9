package tw.workshopbot.signup;

/** Whose form is filled in, and to what end. */
enum Purpose {

	/** The person's own new registration. */
	SELF,

	/** A colleague's, entered by the sender: no ID number or birth date is asked. */
	COLLEAGUE,

	/** Changes to the sender's existing registration. */
	EDIT;

	boolean asksIdentity() {
		return this != COLLEAGUE;
	}

}
