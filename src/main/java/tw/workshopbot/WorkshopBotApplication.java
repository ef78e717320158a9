package tw.workshopbot;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import tw.workshopbot.richmenu.RichMenuCommand;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class WorkshopBotApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(WorkshopBotApplication.class);
		if (Arrays.asList(args).contains("--" + RichMenuCommand.OPTION)) {
			// A one-off command beside a running bot: no web server, no port taken.
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
