//! The citations the rules use, as statics, so that an assessment borrows
//! them instead of building them.

use chrono::NaiveDate;
use pko_core::{Locator, Reliability, Source};

const ACT_ISSUER: &str = "Japan, National Diet";
const ACT_TEXT: &str = "Act on Cooperation with United Nations Peacekeeping Operations and Other Operations (Act No. 79 of 1992), Japanese text as amended up to Act No. 118 of 2006";

/// An article of the Act in the July 2015 Japanese text.
pub(crate) const fn act(locator: &'static str) -> Source {
    Source::new_at(
        ACT_ISSUER,
        ACT_TEXT,
        NaiveDate::from_ymd_opt(1992, 6, 19),
        Reliability::Primary,
        Locator::article(locator),
    )
}

const fn cabinet_office(title: &'static str) -> Source {
    Source::new(
        "Cabinet Office, International Peace Cooperation Headquarters",
        title,
        None,
        Reliability::Primary,
    )
}

macro_rules! articles {
    ($($name:ident = $loc:literal;)*) => {
        $(
            #[doc = concat!("Art. ", $loc, " of the Act.")]
            pub(crate) static $name: Source = act($loc);
        )*
    };
}

articles! {
    ART_1 = "1";
    ART_2_2 = "2(2)";
    ART_3 = "3";
    ART_3_1 = "3(1)";
    ART_3_2 = "3(2)";
    ART_3_2_2 = "3(2-2)";
    ART_3_3 = "3(3)";
    ART_3_3_I = "3(3)(i)";
    ART_3_3_II = "3(3)(ii)";
    ART_3_3_III = "3(3)(iii)";
    ART_3_3_IV = "3(3)(iv)";
    ART_3_3_V = "3(3)(v)";
    ART_3_3_VI = "3(3)(vi)";
    ART_6_1_I = "6(1)(i)";
    ART_6_7 = "6(7)";
    ART_6_9 = "6(9)";
    ART_6_13_I = "6(13)(i)";
    ART_8_1_VI = "8(1)(vi)";
    ART_18 = "18";
    ART_24 = "24";
    ART_24_4 = "24(4)";
}

/// The speech, section B (the five principles).
pub(crate) static SPEECH_B: Source = Source::speech(Locator::section("B"));
/// The speech, section C (the draft laws of 2015).
pub(crate) static SPEECH_C: Source = Source::speech(Locator::section("C"));

/// The Cabinet Office's 20th-anniversary page (the Act in force 1992-08-10).
pub(crate) static REGIME_1992: Source =
    cabinet_office("International Peace Cooperation Act: 20th anniversary page");
/// The Cabinet Office's page on the 1998 amendment.
pub(crate) static REGIME_1998: Source = cabinet_office(
    "The 1998 amendment of the International Peace Cooperation Act (Act No. 102 of 1998)",
);
/// MOFA on the 2001 amendment.
pub(crate) static REGIME_2001: Source = Source::new(
    "Ministry of Foreign Affairs of Japan",
    "Amendment of the International Peace Cooperation Act (Act No. 157 of 2001)",
    NaiveDate::from_ymd_opt(2001, 12, 7),
    Reliability::Primary,
);
/// The Official Gazette on Act No. 76 of 2015.
pub(crate) static REGIME_2015: Source = Source::new(
    "Government of Japan, Official Gazette",
    "Act No. 76 of 2015 (Legislation for Peace and Security), in force 29 March 2016 by Cabinet decision of 22 March 2016",
    NaiveDate::from_ymd_opt(2015, 9, 30),
    Reliability::Primary,
);

/// The official Japanese summary of the five principles.
pub(crate) static PRINCIPLES_JA: Source = cabinet_office(
    "The five principles for participation in UN peacekeeping (official Japanese summary; also MOFA)",
);
/// The Cabinet Office's statement of principle 5 from 29 March 2016.
pub(crate) static PRINCIPLE_5_2016: Source = cabinet_office(
    "The five principles for participation in UN peacekeeping (after the Legislation for Peace and Security)",
);
/// Art. 26 as renumbered in 2016 (weapons use in executing duties);
/// the number is from a secondary source.
pub(crate) static ART_26_2016: Source = Source::new_at(
    ACT_ISSUER,
    "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (article number per secondary sources)",
    NaiveDate::from_ymd_opt(2015, 9, 30),
    Reliability::Secondary,
    Locator::article("26"),
);
/// The 2015 bill text defining the three cases of a UN peacekeeping
/// operation (secondary).
pub(crate) static BILL_2015: Source = Source::new_at(
    "Cabinet of Japan",
    "Bill for the Legislation for Peace and Security (2015), amended Art. 3(1) of Act No. 79 of 1992",
    None,
    Reliability::Secondary,
    Locator::article("3(1)"),
);
/// The 1992 explanation of principle 4 in two steps (secondary).
pub(crate) static TWO_STEPS: Source = Source::new(
    "Government of Japan (1992 explanation of the five principles, as reported)",
    "Principle 4 in two steps: suspend the work, then terminate the dispatch if the principles are not restored within a short period",
    None,
    Reliability::Secondary,
);
