package cn.gov.zhushan.plan.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser (Debian's chromium, headless, through its chromedriver): the plan office
 * signs in at the auth-server's form, sees live figures (110.9%: 2024's key-project investment against the
 * annual plan, 34.13亿元 of 30.78亿元, the same figure the execution report writes), downloads the report as
 * DOCX with the session cookie, signs out; a tourism officer sees tourism but no livelihood data (403 shown as
 * 数据暂缺). No console errors. Screenshots go to target/screenshots.
 */
final class DashboardBrowserScenario {

    private static final List<String> CHROMIUM = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser");
    private static final List<String> DRIVER = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private final String gateway;
    private final Path screenshots;

    DashboardBrowserScenario(String gateway, Path screenshots) {
        this.gateway = gateway;
        this.screenshots = screenshots;
    }

    void run() throws IOException {
        Optional<String> chromium = first("CHROME_BIN", CHROMIUM);
        Optional<String> driverBinary = first("CHROMEDRIVER", DRIVER);
        Assumptions.assumeTrue(chromium.isPresent() && driverBinary.isPresent(),
                "No chromium/chromedriver binary (apt-get install -y chromium chromium-driver): browser scenario skipped");
        Files.createDirectories(screenshots);

        WebDriver plan = browser(chromium.get(), driverBinary.get());
        try {
            signIn(plan, "plan-office");
            WebDriverWait wait = new WebDriverWait(plan, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("p-projects"), "110.9%"));
            // every panel has answered: figures or its 数据暂缺 note
            wait.until(d -> d.findElements(By.cssSelector("#p-funding .kpi, #p-funding .missing")).size() > 0
                    && d.findElements(By.cssSelector("#p-livelihood .kpi, #p-livelihood .missing")).size() > 0
                    && d.findElements(By.cssSelector("#p-targets table, #p-targets .missing")).size() > 0
                    && d.findElements(By.cssSelector("#p-warnings ul, #p-warnings p")).size() > 0);
            settle(plan);
            shot(plan, "dashboard-plan-office.png");
            String body = plan.findElement(By.tagName("body")).getText();
            System.out.println("dashboard (plan office): " + body.replace('\n', ' '));
            List<String> missing = plan.findElements(By.cssSelector(".panel .missing")).stream()
                    .map(e -> e.findElement(By.xpath("..")).getAttribute("id")).toList();
            System.out.println("panels without data (plan office): " + missing);
            assertThat(body).contains("110.9%").contains("亿元");
            assertThat(plan.findElements(By.cssSelector(".missing[data-state=forbidden]"))).as("plan office reads all").isEmpty();

            // the report through the BFF path, fetched in the page with the session cookie only
            @SuppressWarnings("unchecked")
            Map<String, Object> docx = (Map<String, Object>) ((JavascriptExecutor) plan).executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(document.getElementById('report').getAttribute('href'), {credentials: 'same-origin'})
                      .then(r => r.arrayBuffer().then(b => { const u = new Uint8Array(b);
                        done({status: r.status, type: r.headers.get('content-type'), size: u.length, b0: u[0], b1: u[1]}); }))
                      .catch(e => done({status: -1, type: String(e)}));""");
            System.out.println("report download: " + docx);
            assertThat(((Number) docx.get("status")).intValue()).isEqualTo(200);
            assertThat((String) docx.get("type")).contains("wordprocessingml");
            assertThat(((Number) docx.get("b0")).intValue()).as("zip magic P").isEqualTo('P');
            assertThat(((Number) docx.get("b1")).intValue()).as("zip magic K").isEqualTo('K');

            plan.findElement(By.id("lang")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("h-projects"), "Key-project investment"));
            settle(plan);
            shot(plan, "dashboard-english.png");
            plan.findElement(By.id("lang")).click();

            plan.findElement(By.cssSelector("#signout button")).click();
            wait.until(ExpectedConditions.urlContains("/signed-out.html"));
            shot(plan, "signed-out.png");
            // the session has ended: the page asks for a sign-in again
            plan.get(gateway + "/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
            assertThat(severe(plan)).as("browser console errors (plan office)").isEmpty();
        } finally {
            plan.quit();
        }

        WebDriver tourism = browser(chromium.get(), driverBinary.get());
        try {
            signIn(tourism, "tourism-dept");
            WebDriverWait wait = new WebDriverWait(tourism, Duration.ofSeconds(60));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#p-livelihood .missing[data-state=forbidden]")));
            wait.until(d -> !d.findElements(By.cssSelector("#p-sites canvas")).isEmpty());
            settle(tourism);
            assertThat(tourism.findElements(By.cssSelector("#p-sites .missing"))).as("tourism's own panel").isEmpty();
            assertThat(tourism.findElements(By.cssSelector("#p-projects .missing[data-state=forbidden]"))).hasSize(1);
            assertThat(tourism.findElement(By.id("p-livelihood")).getText()).contains("数据暂缺");
            shot(tourism, "dashboard-tourism-dept.png");
            // the refused calls show up as failed loads (403) in the console; anything else is an error
            List<String> errors = severe(tourism).stream().filter(e -> !e.contains("status of 403")).toList();
            assertThat(errors).as("browser console errors (tourism officer) besides the refused calls").isEmpty();
        } finally {
            tourism.quit();
        }
    }

    private void signIn(WebDriver driver, String user) {
        driver.get(gateway + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        if (user.equals("plan-office")) {
            shot(driver, "sign-in.png");
        }
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-password");
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlToBe(gateway + "/"));
    }

    private static WebDriver browser(String chromium, String driver) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-proxy-server", "--window-size=1366,1400", "--lang=zh-CN");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** Charts animate in; a screenshot taken at once shows them half drawn. */
    private static void settle(WebDriver driver) {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void shot(WebDriver driver, String name) {
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, screenshots.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            System.out.println("screenshot: " + screenshots.resolve(name));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> severe(WebDriver driver) {
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            System.out.println("console " + entry.getLevel() + ": " + entry.getMessage());
            if (entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        return errors;
    }

    private static Optional<String> first(String environment, List<String> candidates) {
        return Stream.of(Optional.ofNullable(System.getenv(environment)).stream(), candidates.stream())
                .flatMap(s -> s).filter(p -> Files.isExecutable(Path.of(p))).findFirst();
    }
}
