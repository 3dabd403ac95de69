//! The citations the rules use, as statics, so that an assessment borrows
//! them instead of building them.

use chrono::NaiveDate;
use pko_core::{Locator, Reliability, Source, SourceKind};

use crate::statute::Item;

pub(crate) const ACT_ISSUER: &str = "Japan, National Diet";
/// The title of the Act as renumbered by Act No. 76 of 2015, whose text
/// pko does not hold (article numbers from secondary sources).
pub(crate) const ACT_2016_TEXT: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (article number per secondary sources; text not held)";
pub(crate) const ACT_TEXT: &str = "Act on Cooperation with United Nations Peacekeeping Operations and Other Operations (Act No. 79 of 1992), Japanese text as last amended by Act No. 118 of 2006, in force until 28 March 2016";

/// An article of the Act in the July 2015 Japanese text (`law/` in the
/// crate), dated by its last amendment, Act No. 118 of 22 December 2006.
pub(crate) const fn act(locator: &'static str) -> Source {
    Source::new_at(
        SourceKind::Statute,
        ACT_ISSUER,
        ACT_TEXT,
        NaiveDate::from_ymd_opt(2006, 12, 22),
        Reliability::Primary,
        Locator::article(locator),
    )
}

const fn cabinet_office(title: &'static str) -> Source {
    Source::new(
        SourceKind::Government,
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
    ART_3_3_I = "3(3)(i)";
    ART_3_3_II = "3(3)(ii)";
    ART_3_3_III = "3(3)(iii)";
    ART_3_3_IV = "3(3)(iv)";
    ART_3_3_V = "3(3)(v)";
    ART_3_3_VI = "3(3)(vi)";
    ART_3_3_VII = "3(3)(vii)";
    ART_3_3_VIII = "3(3)(viii)";
    ART_3_3_IX = "3(3)(ix)";
    ART_3_3_X = "3(3)(x)";
    ART_3_3_XI = "3(3)(xi)";
    ART_3_3_XII = "3(3)(xii)";
    ART_3_3_XIII = "3(3)(xiii)";
    ART_3_3_XIV = "3(3)(xiv)";
    ART_3_3_XV = "3(3)(xv)";
    ART_3_3_XVI = "3(3)(xvi)";
    ART_3_3_XVII = "3(3)(xvii)";
    ART_6_1_I = "6(1)(i)";
    ART_6_1_II = "6(1)(ii)";
    ART_6_1_III = "6(1)(iii)";
    ART_6_6 = "6(6)";
    ART_6_13_II = "6(13)(ii)";
    ART_6_13_III = "6(13)(iii)";
    ART_12_1 = "12(1)";
    ART_6_7 = "6(7)";
    ART_6_9 = "6(9)";
    ART_6_13_I = "6(13)(i)";
    ART_8_1_VI = "8(1)(vi)";
    ART_18 = "18";
    ART_24 = "24";
    ART_24_4 = "24(4)";
}

/// One-element citation lists, one per item of Art. 3(3), for findings
/// that borrow them.
macro_rules! item_lists {
    ($($list:ident = $art:ident;)*) => {
        $(
            #[doc = concat!("[`", stringify!($art), "`] alone.")]
            pub(crate) static $list: [&Source; 1] = [&$art];
        )*
    };
}

item_lists! {
    ITEM_I = ART_3_3_I;
    ITEM_II = ART_3_3_II;
    ITEM_III = ART_3_3_III;
    ITEM_IV = ART_3_3_IV;
    ITEM_V = ART_3_3_V;
    ITEM_VI = ART_3_3_VI;
    ITEM_VII = ART_3_3_VII;
    ITEM_VIII = ART_3_3_VIII;
    ITEM_IX = ART_3_3_IX;
    ITEM_X = ART_3_3_X;
    ITEM_XI = ART_3_3_XI;
    ITEM_XII = ART_3_3_XII;
    ITEM_XIII = ART_3_3_XIII;
    ITEM_XIV = ART_3_3_XIV;
    ITEM_XV = ART_3_3_XV;
    ITEM_XVI = ART_3_3_XVI;
    ITEM_XVII = ART_3_3_XVII;
}

/// The citations of a finding on an item of Art. 3(3).
pub(crate) const fn item_list(item: Item) -> &'static [&'static Source] {
    match item {
        Item::I => &ITEM_I,
        Item::Ii => &ITEM_II,
        Item::Iii => &ITEM_III,
        Item::Iv => &ITEM_IV,
        Item::V => &ITEM_V,
        Item::Vi => &ITEM_VI,
        Item::Vii => &ITEM_VII,
        Item::Viii => &ITEM_VIII,
        Item::Ix => &ITEM_IX,
        Item::X => &ITEM_X,
        Item::Xi => &ITEM_XI,
        Item::Xii => &ITEM_XII,
        Item::Xiii => &ITEM_XIII,
        Item::Xiv => &ITEM_XIV,
        Item::Xv => &ITEM_XV,
        Item::Xvi => &ITEM_XVI,
        Item::Xvii => &ITEM_XVII,
    }
}

/// The citations of a finding on a task of the 2015 amendment.
pub(crate) static TASK_2015: [&Source; 3] = [&REGIME_2015, &PRINCIPLE_5_2016, &SPEECH_C];

/// The citation of an item of Art. 3(3).
pub(crate) const fn item(item: Item) -> &'static Source {
    match item {
        Item::I => &ART_3_3_I,
        Item::Ii => &ART_3_3_II,
        Item::Iii => &ART_3_3_III,
        Item::Iv => &ART_3_3_IV,
        Item::V => &ART_3_3_V,
        Item::Vi => &ART_3_3_VI,
        Item::Vii => &ART_3_3_VII,
        Item::Viii => &ART_3_3_VIII,
        Item::Ix => &ART_3_3_IX,
        Item::X => &ART_3_3_X,
        Item::Xi => &ART_3_3_XI,
        Item::Xii => &ART_3_3_XII,
        Item::Xiii => &ART_3_3_XIII,
        Item::Xiv => &ART_3_3_XIV,
        Item::Xv => &ART_3_3_XV,
        Item::Xvi => &ART_3_3_XVI,
        Item::Xvii => &ART_3_3_XVII,
    }
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
    SourceKind::Government,
    "Ministry of Foreign Affairs of Japan",
    "Amendment of the International Peace Cooperation Act (Act No. 157 of 2001)",
    NaiveDate::from_ymd_opt(2001, 12, 7),
    Reliability::Primary,
);
/// The Official Gazette on Act No. 76 of 2015.
pub(crate) static REGIME_2015: Source = Source::new(
    SourceKind::Statute,
    "Government of Japan, Official Gazette",
    "Act No. 76 of 2015 (Legislation for Peace and Security), in force 29 March 2016 by Cabinet decision of 22 March 2016",
    NaiveDate::from_ymd_opt(2015, 9, 30),
    Reliability::Primary,
);

/// The supplementary provision of Act No. 102 of 1998: the Art. 24 change
/// (a unit's weapons use on a superior's order) in force one month after
/// promulgation (12 June 1998), on 12 July 1998.
pub(crate) static SUPPL_1998: Source = Source::new_at(
    SourceKind::Statute,
    ACT_ISSUER,
    "Act No. 102 of 1998 amending Act No. 79 of 1992: supplementary provision on the entry into force of the Art. 24 change",
    NaiveDate::from_ymd_opt(1998, 6, 12),
    Reliability::Primary,
    Locator::SupplementaryProvisions,
);
/// The supplementary provision of Act No. 157 of 2001: the Art. 24 changes
/// in force one month after promulgation (14 December 2001), on 14 January
/// 2002.
pub(crate) static SUPPL_2001: Source = Source::new_at(
    SourceKind::Statute,
    ACT_ISSUER,
    "Act No. 157 of 2001 amending Act No. 79 of 1992: supplementary provision on the entry into force of the Art. 24 changes",
    NaiveDate::from_ymd_opt(2001, 12, 14),
    Reliability::Primary,
    Locator::SupplementaryProvisions,
);
/// Act No. 24 of 2024, in force 12 July 2024: the date only, from a
/// secondary source; its content is unverified and not modelled.
pub(crate) static ACT_2024: Source = Source::new(
    SourceKind::Government,
    "Government of Japan (as reported)",
    "Act No. 24 of 2024 amending Act No. 79 of 1992, in force 12 July 2024 (date only; content unverified)",
    None,
    Reliability::Secondary,
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
    SourceKind::Statute,
    ACT_ISSUER,
    ACT_2016_TEXT,
    NaiveDate::from_ymd_opt(2015, 9, 30),
    Reliability::Secondary,
    Locator::article("26"),
);
/// The 2015 bill text defining the three cases of a UN peacekeeping
/// operation (secondary).
pub(crate) static BILL_2015: Source = Source::new_at(
    SourceKind::Statute,
    "Cabinet of Japan",
    "Bill for the Legislation for Peace and Security (2015), amended Art. 3(1) of Act No. 79 of 1992",
    None,
    Reliability::Secondary,
    Locator::article("3(1)"),
);
/// The 1992 explanation of principle 4 in two steps (secondary).
pub(crate) static TWO_STEPS: Source = Source::new(
    SourceKind::Government,
    "Government of Japan (1992 explanation of the five principles, as reported)",
    "Principle 4 in two steps: suspend the work, then terminate the dispatch if the principles are not restored within a short period",
    None,
    Reliability::Secondary,
);
