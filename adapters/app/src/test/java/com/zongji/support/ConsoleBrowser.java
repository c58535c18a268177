package com.zongji.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through Debian's chromedriver (nothing is downloaded), pointed at
 * one engine node's console. Elements are found by their data-test attribute.
 */
public final class ConsoleBrowser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path downloads;
    private final Path profile;

    private ConsoleBrowser(ChromeDriver driver, String baseUrl, Path downloads, Path profile) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.downloads = downloads;
        this.profile = profile;
    }

    public static ConsoleBrowser open(String baseUrl, String testName) {
        try {
            Path downloads = Files.createDirectories(Path.of("target", "downloads", testName)).toAbsolutePath();
            Path profile = Files.createTempDirectory("zongji-chromium-");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(System.getProperty("zongji.chromium", "/usr/bin/chromium"))
                    // The flags that keep Chromium quiet on a machine without outside network.
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--window-size=1360,900", "--lang=zh-CN",
                            "--user-data-dir=" + profile)
                    .setExperimentalOption("prefs", Map.of(
                            "download.default_directory", downloads.toString(),
                            "download.prompt_for_download", false));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(Path.of(System.getProperty("zongji.chromedriver", "/usr/bin/chromedriver")).toFile())
                    .usingAnyFreePort()
                    .build();
            return new ConsoleBrowser(new ChromeDriver(service, options), baseUrl, downloads, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Signs in on the login page (password = login, as in the demo data) and waits for the first page. */
    public void login(String username) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/console/login.html");
        find("username").sendKeys(username);
        find("password").sendKeys(username);
        find("login").click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#page > section[data-ready]")));
    }

    public void logout() {
        find("logout").click();
        find("login-form");
    }

    /** Opens a page of the signed-in role's console and waits until it has loaded its data. */
    public void go(String pageId) {
        driver.get(baseUrl + "/console/#/" + pageId);
        driver.navigate().refresh();
        waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#page > section[data-page='" + pageId + "'][data-ready]")));
    }

    /** The visible element with data-test=name, waiting for it. */
    public WebElement find(String name) {
        return waitFor(ExpectedConditions.visibilityOfElementLocated(byTest(name)));
    }

    /** Clicks the element with data-test=name, finding it again if the page re-rendered it meanwhile. */
    public void click(String name) {
        waitFor(browser -> {
            try {
                find(name).click();
                return true;
            } catch (StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }

    public List<WebElement> all(String name) {
        return driver.findElements(byTest(name));
    }

    public static By byTest(String name) {
        return By.cssSelector("[data-test='" + name + "']");
    }

    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return waitFor(WAIT, condition);
    }

    public <T> T waitFor(Duration timeout, Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, timeout).until(condition);
    }

    /** Saves the window as target/screenshots/name.png. */
    public Path screenshot(String name) {
        try {
            Path file = Files.createDirectories(SCREENSHOTS).resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where this browser saves downloads. */
    public Path downloads() {
        return downloads;
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
