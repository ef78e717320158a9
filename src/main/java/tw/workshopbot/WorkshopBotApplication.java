package tw.workshopbot;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
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
			// A one-off command beside a running bot: any free port, then exit.
			String[] oneOff = Arrays.copyOf(args, args.length + 1);
			oneOff[args.length] = "--server.port=0";
			int status;
			try {
				status = SpringApplication.exit(application.run(oneOff));
			}
			catch (RuntimeException ex) {
				status = 1; // Spring has logged why; leave even if some thread lingers
			}
			System.exit(status);
		}
		application.run(args);
	}

}
