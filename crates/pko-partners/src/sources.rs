//! The sources of the rules, each as `facts.md` §10 gives it: a statute's
//! text (primary), or a report of it (secondary, and the citation says so).

use pko_core::{Locator, Reliability, Source, SourceKind, date};

/// The Republic of Korea's United Nations Peacekeeping Operations
/// Participation Act (Act No. 9939), in the Korea Legislation Research
/// Institute's official English translation.
pub(crate) const KOREA_ACT: Source = Source::new(
    SourceKind::Statute,
    "Republic of Korea, National Assembly",
    "United Nations Peacekeeping Operations Participation Act (Act No. 9939), official English translation of the Korea Legislation Research Institute",
    Some(date(2010, 1, 25)),
    Reliability::Primary,
);

/// The Act's Art. 6 (prior consent of the National Assembly for a unit,
/// and what the motion states), read only as reproduced in a forum post
/// and confirmed by news reports.
pub(crate) const KOREA_ACT_ART_6: Source = Source::new_at(
    SourceKind::Press,
    "YTN",
    "report of the National Assembly's consent to dispatch units under the United Nations Peacekeeping Operations Participation Act, Art. 6 (statute text seen only as reproduced in a forum post)",
    Some(date(2024, 11, 6)),
    Reliability::Secondary,
    Locator::article("6"),
);

/// Reports of the bill as passed in December 2009: the provisional
/// agreement with the UN within 1,000 persons, and extension by one year in
/// principle.
pub(crate) const KOREA_BILL_REPORTS: Source = Source::new(
    SourceKind::Press,
    "news reports",
    "reports of the United Nations Peacekeeping Operations Participation bill as passed (December 2009); Ministry of Foreign Affairs press release on extension in one-year units",
    None,
    Reliability::Secondary,
);

/// Who decides: the State Council, chaired by the President, resolves the
/// dispatch or extension motion, which then goes to the National Assembly.
pub(crate) const KOREA_STATE_COUNCIL: Source = Source::new(
    SourceKind::Press,
    "news reports",
    "reports of State Council meetings, chaired by the President, resolving dispatch and extension motions that then go to the National Assembly",
    None,
    Reliability::Secondary,
);

/// Individuals (observers, staff officers) sent without the Assembly's
/// consent.
pub(crate) const KOREA_INDIVIDUALS: Source = Source::new(
    SourceKind::Press,
    "Dong-A Ilbo; YTN",
    "reports that observers and staff officers have gone without the National Assembly's consent (1999; 2024)",
    None,
    Reliability::Secondary,
);

/// Non-UN operations: outside the Act, on Constitution Art. 60(2) and a
/// separate consent; a general overseas-dispatch bill lapsed on 29 May 2016.
pub(crate) const KOREA_NON_UN: Source = Source::new(
    SourceKind::Press,
    "news reports",
    "reports (2016) that operations outside the UN rest on a separate consent of the National Assembly under Constitution Art. 60(2), a general overseas-dispatch bill having lapsed on 29 May 2016",
    None,
    Reliability::Secondary,
);

/// The Constitution of the Republic of Korea (1987).
pub(crate) const KOREA_CONSTITUTION: Source = Source::new(
    SourceKind::Statute,
    "Republic of Korea",
    "Constitution of the Republic of Korea (Official Gazette, 1987)",
    None,
    Reliability::Primary,
);

/// The National Defense Law of the People's Republic of China, revised
/// 26 December 2020, in force 1 January 2021.
pub(crate) const CHINA_DEFENSE_LAW: Source = Source::new(
    SourceKind::Statute,
    "People's Republic of China, National People's Congress Standing Committee",
    "National Defense Law of the People's Republic of China (revised 26 December 2020)",
    Some(date(2020, 12, 26)),
    Reliability::Primary,
);

/// The National Security Law of the People's Republic of China (1 July
/// 2015).
pub(crate) const CHINA_SECURITY_LAW: Source = Source::new(
    SourceKind::Statute,
    "People's Republic of China, National People's Congress Standing Committee",
    "National Security Law of the People's Republic of China",
    Some(date(2015, 7, 1)),
    Reliability::Primary,
);

/// China's stated "three principles of peacekeeping", from reports of its
/// Permanent Representative's statements in the Security Council.
pub(crate) const CHINA_THREE_PRINCIPLES: Source = Source::new(
    SourceKind::Press,
    "news reports",
    "reports of statements by China's Permanent Representative in the Security Council (2019, 2025) on the three principles of peacekeeping; Xinhua's summary of the 2020 white paper \"China's Armed Forces: 30 Years of UN Peacekeeping Operations\"",
    None,
    Reliability::Secondary,
);

/// President Xi's speech at the Leaders' Summit on Peacekeeping, 28
/// September 2015 (the standby force of 8,000).
pub(crate) const CHINA_STANDBY_FORCE: Source = Source::new(
    SourceKind::Government,
    "Permanent Mission of the People's Republic of China to the United Nations",
    "President Xi Jinping's speech at the Leaders' Summit on Peacekeeping",
    Some(date(2015, 9, 28)),
    Reliability::Primary,
);

/// The UN's page on the principles of peacekeeping.
pub(crate) const UN_PRINCIPLES: Source = Source::new(
    SourceKind::UnitedNations,
    "United Nations Peacekeeping",
    "Principles of peacekeeping",
    None,
    Reliability::Primary,
);

/// Every source the rules cite, for the tests of sources.
pub(crate) const ALL: [&Source; 12] = [
    &KOREA_ACT,
    &KOREA_ACT_ART_6,
    &KOREA_STATE_COUNCIL,
    &KOREA_BILL_REPORTS,
    &KOREA_INDIVIDUALS,
    &KOREA_NON_UN,
    &KOREA_CONSTITUTION,
    &CHINA_DEFENSE_LAW,
    &CHINA_SECURITY_LAW,
    &CHINA_THREE_PRINCIPLES,
    &CHINA_STANDBY_FORCE,
    &UN_PRINCIPLES,
];
