package tw.workshopbot.privacy;

/** Thrown at start-up when a shared deployment (REDIS_URL set) has no data key. */
public class MissingEncryptionKeyException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	MissingEncryptionKeyException() {
		super("No data encryption key: set DATA_ENCRYPTION_KEY_FILE (or DATA_ENCRYPTION_KEY) when REDIS_URL is set");
	}

}
