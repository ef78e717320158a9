package tw.workshopbot.form;

/** Phone numbers typed from abroad carry +886 instead of the trunk 0. */
final class PhoneDigits {

	private static final String COUNTRY = "+886";

	private PhoneDigits() {
	}

	static String domestic(String digitsAndPlus) {
		if (digitsAndPlus.startsWith(COUNTRY)) {
			String rest = digitsAndPlus.substring(COUNTRY.length());
			return rest.startsWith("0") ? rest : "0" + rest;
		}
		return digitsAndPlus;
	}

}
