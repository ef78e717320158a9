/**
 * The default rich menu under the chat (報名, 我的報名, 簽到, 簽退, 直播連結, 說明): its plan and image,
 * installed through the SDK by {@code --rich-menu}.
 */
package tw.workshopbot.richmenu;
