package tw.workshopbot.chat;

/**
 * A command that keeps nothing open with the person (我的報名, 後台, 綁定 ...). Features
 * implement it in their own package; the router calls it only for its own words and
 * buttons, so the chat package needs to know none of them.
 */
public interface TextCommand extends Commanded {

	Answer answer(Said said);

}
