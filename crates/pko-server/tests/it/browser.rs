//! The page as a person uses it, in headless Chromium driven over
//! WebDriver: fill in the form for a known case, submit, read the verdict
//! and a citation; open the contributions page and find the charts; open
//! the joint-deployment page, change a participant's steps and read each
//! participant's verdict and what it still needs.
//!
//! Needs Debian's `chromium` and `chromium-driver` packages. It runs
//! whenever both are present. Without them it passes with a note on
//! stderr, unless `PKO_REQUIRE_BROWSER=1` is set: then it fails and says
//! what to install. `.ci/run` sets it (and `.ci/setup` installs them), so
//! CI never skips the page.

use std::net::{SocketAddr, TcpListener as StdListener};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use pko_server::Config;
use serde_json::json;

/// The driver, killed when the test ends however it ends.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

const MISSING: &str =
    "headless Chromium and its WebDriver are needed: apt-get install chromium chromium-driver";

/// Whether a program is on the `PATH`.
fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(program).is_file()))
}

/// Whether Chromium and its driver are here; when they are not, whether
/// that is a failure (`PKO_REQUIRE_BROWSER` set, as in CI) or a skip.
#[expect(
    clippy::print_stderr,
    reason = "a skipped browser test says so where the person running the tests reads"
)]
fn browser_present() -> bool {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .iter()
        .any(|p| std::path::Path::new(p).exists())
        || on_path("chromium")
        || on_path("chromium-browser");
    let present = chromium && on_path("chromedriver");
    let required = std::env::var("PKO_REQUIRE_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0");
    assert!(
        present || !required,
        "PKO_REQUIRE_BROWSER is set: {MISSING}"
    );
    if !present {
        eprintln!(
            "the page's browser test did not run: {MISSING} (set PKO_REQUIRE_BROWSER=1 to make this a failure)"
        );
    }
    present
}

fn start_driver() -> (Driver, u16) {
    let missing = MISSING;
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("chromedriver did not start ({e}): {missing}"));
    let driver = Driver(child);
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "chromedriver did not listen on {port} within 20 s"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (driver, port)
}

/// Waits until the browser has left `before` (a form was submitted).
async fn left(browser: &fantoccini::Client, before: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while browser.current_url().await.unwrap().as_str() == before {
        assert!(
            Instant::now() < deadline,
            "the form did not submit within 20 s"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// The rows of the joint page's table of participants, as their text
/// reads (cells joined by spaces, lines by spaces).
async fn participants(browser: &fantoccini::Client) -> Vec<String> {
    let mut rows = Vec::new();
    for row in browser
        .find_all(Locator::Css("#participants tbody tr"))
        .await
        .unwrap()
    {
        let text = row.text().await.unwrap();
        rows.push(text.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    rows
}

/// Clicks the button `selector` and waits until the page has left.
async fn submit(browser: &fantoccini::Client, selector: &str) {
    let before = browser.current_url().await.unwrap().to_string();
    browser
        .find(Locator::Css(selector))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    left(browser, &before).await;
}

/// The text of the element `locator` finds.
async fn text_of(browser: &fantoccini::Client, locator: Locator<'_>) -> String {
    browser.find(locator).await.unwrap().text().await.unwrap()
}

/// Scrolls to the result and saves it as `target/NAME.png`.
async fn shoot_outcome(browser: &fantoccini::Client, name: &str) {
    browser
        .execute(
            "document.getElementById('outcome').scrollIntoView()",
            vec![],
        )
        .await
        .unwrap();
    shoot(browser, name).await;
}

/// Saves what the browser shows as `target/NAME.png`, to be looked at.
async fn shoot(browser: &fantoccini::Client, name: &str) {
    let screenshot = browser.screenshot().await.unwrap();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../target");
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(format!("{dir}/{name}.png"), screenshot).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_person_checks_a_deployment_and_looks_at_the_charts() {
    if !browser_present() {
        return;
    }
    let started = Instant::now();
    let (_driver, driver_port) = start_driver();

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(pko_server::serve(listener, Config::default(), async {
        let _ = stopped.await;
    }));

    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".to_owned(),
        json!({ "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,2400"] }),
    );
    let browser = ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{driver_port}"))
        .await
        .unwrap_or_else(|e| panic!("no WebDriver session with Chromium: {e}"));

    let base = format!("http://{addr}");
    browser.goto(&format!("{base}/")).await.unwrap();
    // By keyboard: four links, then the form's first field.
    let tab = char::from(fantoccini::key::Key::Tab).to_string();
    for _ in 0..5 {
        browser
            .active_element()
            .await
            .unwrap()
            .send_keys(&tab)
            .await
            .unwrap();
    }
    let focused = browser
        .active_element()
        .await
        .unwrap()
        .attr("id")
        .await
        .unwrap();
    assert_eq!(focused.as_deref(), Some("as_of"));
    // The UNMISS engineering unit with kaketsuke-keigo, as a person types it.
    browser
        .execute(
            "document.getElementById('as_of').value = arguments[0]",
            vec![json!("2016-11-15")],
        )
        .await
        .unwrap();
    for (id, value) in [
        ("kind", "un_peacekeeping"),
        ("conflict", "ceasefire_based"),
        ("host_consent", "given"),
        ("host_stable", "yes"),
        ("ceasefire", "agreed"),
        ("party_consent_1", "given"),
        ("party_consent_2", "given"),
        ("impartial", "yes"),
        ("withdrawal", "yes"),
        ("contingent", "sdf_unit"),
    ] {
        browser
            .find(Locator::Id(id))
            .await
            .unwrap()
            .select_by_value(value)
            .await
            .unwrap();
    }
    for (id, text) in [
        ("party_name_1", "Party A"),
        ("party_name_2", "Party B"),
        ("size", "350"),
        ("engaged", "10"),
    ] {
        browser
            .find(Locator::Id(id))
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }
    for task in ["engineering", "kaketsuke_keigo"] {
        browser
            .find(Locator::Css(&format!("input[name=task][value={task}]")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    for weapon in [
        "self_preservation",
        "persons_under_control",
        "protection_of_weapons",
        "duty_execution",
        "joint_camp_protection",
    ] {
        browser
            .find(Locator::Css(&format!("input[name=weapon][value={weapon}]")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    submit(&browser, "button[type=submit]").await;

    // Whether kaketsuke-keigo needs the Diet's approval is open in pko's
    // sources: the verdict waits for it, and the page links the open
    // reading to its field.
    let verdict = browser
        .wait()
        .for_element(Locator::Id("verdict"))
        .await
        .unwrap();
    assert_eq!(verdict.text().await.unwrap(), "undetermined");
    let deciding = text_of(&browser, Locator::Id("deciding")).await;
    assert!(
        deciding.contains("assumptions.diet_approval_2015_tasks"),
        "{deciding}"
    );
    browser
        .find(Locator::Css(
            "#deciding a[href='#assume_diet_approval_2015_tasks']",
        ))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The person reads the question there and answers it: not needed.
    shoot(&browser, "browser-open-readings").await;
    browser
        .find(Locator::Id("assume_diet_approval_2015_tasks"))
        .await
        .unwrap()
        .select_by_value("no")
        .await
        .unwrap();
    submit(&browser, "button[type=submit]").await;
    let verdict = browser
        .wait()
        .for_element(Locator::Id("verdict"))
        .await
        .unwrap();
    assert_eq!(verdict.text().await.unwrap(), "permitted");
    // The form keeps the answer, and the facts typed before it.
    let kept = browser
        .find(Locator::Css(
            "#assume_diet_approval_2015_tasks option[selected]",
        ))
        .await
        .unwrap()
        .attr("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("no"));
    assert!(
        browser
            .current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/check")
    );
    let citation = text_of(&browser, Locator::Css("#findings ul.citations li")).await;
    assert!(
        citation.contains("Act on Cooperation with United Nations Peacekeeping Operations"),
        "{citation}"
    );
    assert!(citation.contains("Art. 1"), "{citation}");
    let first_period = text_of(&browser, Locator::Css("#periods tbody tr")).await;
    assert!(first_period.starts_with("1992-08-10"), "{first_period}");
    shoot_outcome(&browser, "browser-check").await;
    // A reform beside the facts: a cap of 100 persons. The person chooses
    // the kind of change, types its value, and sees every finding under the
    // law of the day and under the reform, the changed one marked.
    browser
        .find(Locator::Id("reform_name"))
        .await
        .unwrap()
        .send_keys("A cap of 100")
        .await
        .unwrap();
    browser
        .find(Locator::Id("change_set_1"))
        .await
        .unwrap()
        .select_by_value("headcount_cap")
        .await
        .unwrap();
    browser
        .find(Locator::Id("change_value_1"))
        .await
        .unwrap()
        .send_keys("100")
        .await
        .unwrap();
    submit(&browser, "button[type=submit]").await;
    let verdict = browser
        .wait()
        .for_element(Locator::Id("verdict"))
        .await
        .unwrap();
    assert_eq!(verdict.text().await.unwrap(), "not permitted");
    let was = text_of(&browser, Locator::Id("verdict-before")).await;
    assert!(
        was.starts_with("Under the law of the day: permitted"),
        "{was}"
    );
    assert_eq!(text_of(&browser, Locator::Id("changed-count")).await, "1");
    let changed = browser
        .find_all(Locator::Css("#findings tr.changed"))
        .await
        .unwrap();
    assert_eq!(changed.len(), 1);
    let row = changed[0].text().await.unwrap();
    assert!(row.starts_with("headcount"), "{row}");
    assert!(
        row.contains("by: the headcount cap (Art. 18) set to 100"),
        "{row}"
    );
    // The form keeps the reform as typed.
    let kept = browser
        .find(Locator::Css("#change_set_1 option[selected]"))
        .await
        .unwrap()
        .attr("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("headcount_cap"));
    shoot_outcome(&browser, "browser-reform").await;

    // The contributions page: a contributor and a span, then the charts.
    browser
        .goto(&format!("{base}/contributions"))
        .await
        .unwrap();
    browser
        .find(Locator::Id("country"))
        .await
        .unwrap()
        .select_by_value("KOR")
        .await
        .unwrap();
    browser
        .execute(
            "document.getElementById('from').value = arguments[0]",
            vec![json!("2012-01")],
        )
        .await
        .unwrap();
    submit(&browser, "#chart-form button").await;
    let chart = browser
        .wait()
        .for_element(Locator::Css("#chart-1 svg"))
        .await
        .unwrap();
    let figure = text_of(&browser, Locator::Css("#chart-1 figcaption")).await;
    assert!(
        figure.contains(
            "Uniformed personnel of Republic of Korea in UN peacekeeping, 2012-01 to 2014-02"
        ),
        "{figure}"
    );
    assert!(chart.text().await.unwrap().contains("Troops"));
    let women = text_of(&browser, Locator::Css("#chart-2 figcaption")).await;
    assert!(women.contains("Share of women"), "{women}");
    let ranking = text_of(&browser, Locator::Css("#ranking tbody tr")).await;
    assert!(ranking.starts_with('1'), "{ranking}");
    shoot(&browser, "browser-contributions").await;

    // The joint-deployment page, from the navigation: the UNMISS company
    // of the example, checked as the page opens.
    browser
        .find(Locator::LinkText("Joint deployment"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let verdict = browser
        .wait()
        .for_element(Locator::Id("verdict"))
        .await
        .unwrap();
    assert_eq!(verdict.text().await.unwrap(), "undetermined");
    let rows = participants(&browser).await;
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(
        rows[0].starts_with("Japan permitted the Cabinet's decision on the implementation plan"),
        "{rows:?}"
    );
    assert!(
        rows[1].starts_with("Republic of Korea permitted nothing"),
        "{rows:?}"
    );
    assert!(
        rows[2].starts_with(
            "People's Republic of China undetermined a decision by the body that decides"
        ),
        "{rows:?}"
    );
    assert!(
        rows[3].starts_with("The UN's three basic principles permitted nothing"),
        "{rows:?}"
    );
    // The person clears Korea's Assembly consent and gives Japan's
    // Cabinet decision: Korea may not go and needs the consent, Japan
    // needs nothing more.
    browser
        .find(Locator::Id("kor_consent_on"))
        .await
        .unwrap()
        .clear()
        .await
        .unwrap();
    browser
        .execute(
            "document.getElementById('jpn_cabinet').value = arguments[0]",
            vec![json!("2017-05-30")],
        )
        .await
        .unwrap();
    submit(&browser, "#joint button[type=submit]").await;
    let verdict = browser
        .wait()
        .for_element(Locator::Id("verdict"))
        .await
        .unwrap();
    assert_eq!(verdict.text().await.unwrap(), "not permitted");
    assert_eq!(text_of(&browser, Locator::Id("may-go")).await, "JPN");
    let rows = participants(&browser).await;
    assert!(rows[0].starts_with("Japan permitted nothing"), "{rows:?}");
    assert!(
        rows[1].starts_with("Republic of Korea not permitted the State Council's resolution of the motion (before the motion to dispatch goes to the National Assembly) the National Assembly's consent (before the unit deploys): under the Act as amended by Act No. 13123 (3 February 2015), the motion states the unit's destination, size, period, mission and safety measures"),
        "{rows:?}"
    );
    // Korea's finding says why and cites the Act.
    let korea = text_of(&browser, Locator::Css("#part-2 + table tbody")).await;
    assert!(korea.contains("it has not been given"), "{korea}");
    assert!(korea.contains("Art. 6"), "{korea}");
    // The form keeps what was typed.
    let kept = browser
        .find(Locator::Id("jpn_cabinet"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap();
    assert_eq!(kept.as_deref(), Some("2017-05-30"));
    shoot_outcome(&browser, "browser-joint").await;

    browser.close().await.unwrap();
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    eprintln!("browser test: {:.1} s", started.elapsed().as_secs_f64());
}
