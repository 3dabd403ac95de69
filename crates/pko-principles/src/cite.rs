//! The sources the rules cite, as statics, so that an assessment borrows
//! them instead of building them.
//!
//! A leaf: this module holds sources and nothing else, and knows no other
//! module of the crate (a tidy test checks it).
//!
//! Two texts of the Act are cited:
//!
//! - the Japanese text as it stood in July 2015 (as last amended by Act No.
//!   118 of 2006), held in `law/` and quoted by the statute table: the text
//!   in force until 28 March 2016, with the pre-2016 numbering;
//! - the text in force from 29 March 2016 (as amended by Act No. 76 of
//!   2015), which pko does not hold. Its articles are cited only where
//!   facts.md §2b verifies them, each through the document that verifies
//!   it: the Cabinet's written answers to the Diet (a primary source), the
//!   statute as reproduced by an unofficial copy of the e-Gov database
//!   ("text as reproduced by", primary for the wording), or an opposition
//!   bill that quotes the new lettering (secondary).

use Reliability::{Primary, Secondary};
use pko_core::{Locator, Reliability, Source, SourceKind, date};

/// Who enacts the Act.
pub(crate) const ACT_ISSUER: &str = "Japan, National Diet";

/// The title of the July 2015 text.
pub(crate) static ACT_TEXT: &str = "Act on Cooperation with United Nations Peacekeeping Operations and Other Operations (Act No. 79 of 1992), Japanese text as last amended by Act No. 118 of 2006, in force until 28 March 2016";

/// The titles of the post-2016 text, by the document through which each
/// article is read.
pub(crate) const ACT_2016_CABINET: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (in force 29 March 2016), as cited in the Cabinet's written answers 内閣衆質一九二第一一七号 (15 November 2016) and 内閣参質一九二第八五号 (22 December 2016)";
/// See [`ACT_2016_CABINET`].
pub(crate) const ACT_2016_CABINET_88: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (in force 29 March 2016), as cited in the Cabinet's written answer 内閣参質一九二第八八号 (22 December 2016)";
/// See [`ACT_2016_CABINET`].
pub(crate) const ACT_2016_CABINET_90: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (in force 29 March 2016), as cited in the Cabinet's written answer 内閣参質一九二第九〇号 (22 December 2016)";
/// See [`ACT_2016_CABINET`].
pub(crate) const ACT_2016_MIRROR: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (in force 29 March 2016), text as reproduced by an unofficial copy of the e-Gov statute database";
/// See [`ACT_2016_CABINET`].
pub(crate) const ACT_2016_MIRROR_2021: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015, version in force in 2021, text as reproduced by an unofficial copy of the e-Gov statute database";
/// See [`ACT_2016_CABINET`].
pub(crate) const ACT_2016_BILL: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (in force 29 March 2016), lettering as quoted in the amendment instructions of the opposition repeal bill 参第41号 (192nd Diet)";
/// See [`ACT_2016_CABINET`].
pub(crate) const ACT_2016_SINAI: &str = "Act No. 79 of 1992 as amended by Act No. 76 of 2015 (in force 29 March 2016), as cited in the Cabinet Order on the Sinai Peninsula International Peace Cooperation Corps (令和元年政令第148号), Arts. 1 and 2, text as reproduced by an unofficial copy of the e-Gov statute database";

/// Every title of the post-2016 text, for reports that name the Act.
pub(crate) const ACT_2016_TITLES: [&str; 7] = [
    ACT_2016_CABINET,
    ACT_2016_CABINET_88,
    ACT_2016_CABINET_90,
    ACT_2016_MIRROR,
    ACT_2016_MIRROR_2021,
    ACT_2016_BILL,
    ACT_2016_SINAI,
];

/// The date of the July 2015 text: its last amendment's promulgation.
const ACT_TEXT_DATE: Option<chrono::NaiveDate> = Some(date(2006, 12, 22));

/// Whether `s` is an article of the July 2015 text. The date tells most
/// sources apart; the title of an article built by [`act`] is the constant
/// itself, recognised by its address before its 200-odd bytes are read.
pub(crate) fn is_pre_2016_text(s: &Source) -> bool {
    s.date() == ACT_TEXT_DATE && (std::ptr::eq(s.title(), ACT_TEXT) || s.title() == ACT_TEXT)
}

/// An article of the Act in the July 2015 Japanese text (`law/` in the
/// crate), dated by its last amendment, Act No. 118 of 22 December 2006.
pub(crate) const fn act(locator: &'static str) -> Source {
    Source::new_at(
        SourceKind::Statute,
        ACT_ISSUER,
        ACT_TEXT,
        ACT_TEXT_DATE,
        Primary,
        Locator::article(locator),
    )
}

/// An article of the post-2016 text, read through the document `title`
/// names, dated by the amending act's promulgation (30 September 2015).
const fn act_2016(title: &'static str, reliability: Reliability, locator: &'static str) -> Source {
    Source::new_at(
        SourceKind::Statute,
        ACT_ISSUER,
        title,
        Some(date(2015, 9, 30)),
        reliability,
        Locator::article(locator),
    )
}

const fn cabinet_office(title: &'static str) -> Source {
    Source::new(
        SourceKind::Government,
        "Cabinet Office, International Peace Cooperation Headquarters",
        title,
        None,
        Primary,
    )
}

/// Citation lists that findings borrow, each a `static` (a reference to a
/// `static` is not promoted to `'static` in an expression): `lists! { NAME
/// = [SOURCE, …]; }`.
macro_rules! lists {
    ($($name:ident = [$($src:expr),*];)*) => {
        $(static $name: [&pko_core::Source; $crate::cite::lists!(@count $($src),*)] = [$(&$src),*];)*
    };
    (@count $($src:expr),*) => { 0 $(+ $crate::cite::lists!(@one $src))* };
    (@one $src:expr) => { 1 };
}
pub(crate) use lists;

macro_rules! articles {
    ($($name:ident = $loc:literal;)*) => {
        $(
            #[doc = concat!("Art. ", $loc, " of the July 2015 text.")]
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
    ART_3_4 = "3(4)";
    ART_3_4_II = "3(4)(ii)";
    ART_6_1 = "6(1)";
    ART_6_1_I = "6(1)(i)";
    ART_6_1_II = "6(1)(ii)";
    ART_6_1_III = "6(1)(iii)";
    ART_6_6 = "6(6)";
    ART_6_7 = "6(7)";
    ART_6_9 = "6(9)";
    ART_6_13_I = "6(13)(i)";
    ART_6_13_II = "6(13)(ii)";
    ART_6_13_III = "6(13)(iii)";
    ART_8_1_VI = "8(1)(vi)";
    ART_12_1 = "12(1)";
    ART_18 = "18";
    ART_24 = "24";
    ART_24_4 = "24(4)";
    ART_25_2 = "25(2)";
}

/// Art. 3(2) of the post-2016 text: internationally coordinated operations
/// for peace and security, with consent conditions イ–ハ parallel to those
/// of Art. 3(1) (verified by cross-reference in 内閣参質一九二第八五号).
pub(crate) static ART16_3_2: Source = act_2016(ACT_2016_CABINET, Primary, "3(2)");
/// Art. 3(3) of the post-2016 text: humanitarian international relief
/// operations, whose consents Art. 6(1) names (mirror).
pub(crate) static ART16_3_3: Source = act_2016(ACT_2016_MIRROR, Primary, "3(3)");
/// Art. 3(5)ト: safety-ensuring operations (verified by cross-reference:
/// 内閣参質一九二第八五号 cites ト, ナ and ラ for the new tasks; Art. 26(1)).
pub(crate) static ART16_3_5_TO: Source = act_2016(ACT_2016_CABINET, Primary, "3(5)ト");
/// Art. 3(5)チ: election observation (secondary: the lettering quoted by
/// the opposition repeal bill 参第41号).
pub(crate) static ART16_3_5_CHI: Source = act_2016(ACT_2016_BILL, Secondary, "3(5)チ");
/// Art. 3(5)リ: police advice (secondary: the same bill; the Enforcement
/// Regulation's reference to coast-guard officers doing "Art. 3(5)リ"
/// work).
pub(crate) static ART16_3_5_RI: Source = act_2016(ACT_2016_BILL, Secondary, "3(5)リ");
/// Art. 3(5)ネ: the liaison and planning work at an operation's
/// headquarters, as the Sinai Cabinet Order classes the SDF officers' work
/// at the MFO headquarters (Arts. 1 and 2 of the order, mirror).
pub(crate) static ART16_3_5_NE: Source = act_2016(ACT_2016_SINAI, Primary, "3(5)ネ");
/// Art. 3(5)ナ: work similar to the listed items, set by Cabinet Order
/// (Cabinet answers 117号, 85号).
pub(crate) static ART16_3_5_NA: Source = act_2016(ACT_2016_CABINET, Primary, "3(5)ナ");
/// Art. 3(5)ラ: kaketsuke-keigo (Cabinet answers 117号 and 88号).
pub(crate) static ART16_3_5_RA: Source = act_2016(ACT_2016_CABINET, Primary, "3(5)ラ");
/// Art. 6(1): for items ト and ラ, the implementation plan may be decided
/// only when the consents are judged stably maintained; for ラ in a relief
/// operation the parties to the conflict must consent too, stably
/// (mirror; restated by 内閣参質一九二第八五号).
pub(crate) static ART16_6_1: Source = act_2016(ACT_2016_MIRROR, Primary, "6(1)");
/// Art. 13(1): who the corps may ask for: only SDF personnel for items
/// イ–ハ, ホ–ト and similar work; no SDF personnel for item チ; the corps
/// never does item ラ (mirror, version in force 2021).
pub(crate) static ART16_13_1: Source = act_2016(ACT_2016_MIRROR_2021, Primary, "13(1)");
/// Art. 25(3): the SDF officers' use of weapons for self-preservation, the
/// successor of pre-2016 Art. 24(3) (verified by cross-reference).
pub(crate) static ART16_25_3: Source = act_2016(ACT_2016_CABINET_90, Primary, "25(3)");
/// Art. 25(7): joint protection of camps, a rule on the use of weapons
/// (内閣参質一九二第九〇号).
pub(crate) static ART16_25_7: Source = act_2016(ACT_2016_CABINET_90, Primary, "25(7)");
/// Art. 26(1): weapons for safety-ensuring operations (mirror).
pub(crate) static ART16_26_1: Source = act_2016(ACT_2016_MIRROR, Primary, "26(1)");
/// Art. 26(2): weapons for kaketsuke-keigo (内閣参質一九二第八八号).
pub(crate) static ART16_26_2: Source = act_2016(ACT_2016_CABINET_88, Primary, "26(2)");
/// Art. 27: SDF officers sent to UN posts that direct the contingents'
/// work, with the Prime Minister's consent, while the consents are judged
/// stably maintained (mirror).
pub(crate) static ART16_27: Source = act_2016(ACT_2016_MIRROR, Primary, "27");
/// Art. 30(1): contributions in kind, internationally coordinated
/// operations among the receiving operations (Cabinet Office).
pub(crate) static ART16_30_1: Source = Source::new_at(
    SourceKind::Government,
    "Cabinet Office, International Peace Cooperation Headquarters",
    "Contributions in kind under the International Peace Cooperation Act (page on 物資協力, after the Legislation for Peace and Security): Act No. 79 of 1992 as amended by Act No. 76 of 2015",
    None,
    Primary,
    Locator::article("30(1)"),
);

/// What counts as work "similar" to the listed items is set mission by
/// mission, by each mission's own Cabinet Order: the Enforcement Order
/// holds no general list (facts.md §2b).
pub(crate) static SIMILAR_WORK: Source = Source::new_at(
    SourceKind::Statute,
    "Government of Japan, Cabinet",
    "Enforcement Order of the International Peace Cooperation Act (平成4年政令第268号), Arts. 1-4, and the Cabinet Order on the Sinai Peninsula International Peace Cooperation Corps (令和元年政令第148号), Art. 2, texts as reproduced by an unofficial copy of the e-Gov statute database",
    None,
    Primary,
    Locator::article("2"),
);

/// The speech, section B (the five principles).
pub(crate) static SPEECH_B: Source = Source::speech(Locator::section("B"));
/// The speech, section C (the draft laws of 2015; the ammunition of
/// December 2013).
pub(crate) static SPEECH_C: Source = Source::speech(Locator::section("C"));

/// The Cabinet Office's 20th-anniversary page (the Act in force 1992-08-10).
pub(crate) static REGIME_1992: Source =
    cabinet_office("International Peace Cooperation Act: 20th anniversary page");
/// The Cabinet Office's page on the 1998 amendment.
pub(crate) static REGIME_1998: Source = cabinet_office(
    "The 1998 amendment of the International Peace Cooperation Act (Act No. 102 of 1998)",
);
/// MOFA on the 2001 amendment (the freeze lifted; persons under control;
/// SDF Act Art. 95, the protection of weapons and equipment, applied to
/// SDF personnel abroad).
pub(crate) static REGIME_2001: Source = Source::new(
    SourceKind::Government,
    "Ministry of Foreign Affairs of Japan",
    "Amendment of the International Peace Cooperation Act (Act No. 157 of 2001)",
    Some(date(2001, 12, 7)),
    Primary,
);
/// The Official Gazette on Act No. 76 of 2015.
pub(crate) static REGIME_2015: Source = Source::new(
    SourceKind::Statute,
    "Government of Japan, Official Gazette",
    "Act No. 76 of 2015 (Legislation for Peace and Security), in force 29 March 2016 by Cabinet decision of 22 March 2016",
    Some(date(2015, 9, 30)),
    Primary,
);

/// The supplementary provision of Act No. 102 of 1998: the Art. 24 change
/// (a unit's weapons use on a superior's order) in force one month after
/// promulgation (12 June 1998), on 12 July 1998.
pub(crate) static SUPPL_1998: Source = Source::new_at(
    SourceKind::Statute,
    ACT_ISSUER,
    "Act No. 102 of 1998 amending Act No. 79 of 1992: supplementary provision on the entry into force of the Art. 24 change",
    Some(date(1998, 6, 12)),
    Primary,
    Locator::SupplementaryProvisions,
);
/// The supplementary provision of Act No. 157 of 2001: the Art. 24 changes
/// in force one month after promulgation (14 December 2001), on 14 January
/// 2002.
pub(crate) static SUPPL_2001: Source = Source::new_at(
    SourceKind::Statute,
    ACT_ISSUER,
    "Act No. 157 of 2001 amending Act No. 79 of 1992: supplementary provision on the entry into force of the Art. 24 changes",
    Some(date(2001, 12, 14)),
    Primary,
    Locator::SupplementaryProvisions,
);
/// Act No. 24 of 2024, in force 12 July 2024: the date only, from a
/// secondary source; its content is unverified and not modelled.
pub(crate) static ACT_2024: Source = Source::new(
    SourceKind::Government,
    "Government of Japan (as reported)",
    "Act No. 24 of 2024 amending Act No. 79 of 1992, in force 12 July 2024 (date only; content unverified)",
    None,
    Secondary,
);

/// The official Japanese summary of the five principles.
pub(crate) static PRINCIPLES_JA: Source = cabinet_office(
    "The five principles for participation in UN peacekeeping (official Japanese summary; also MOFA)",
);
/// The Cabinet Office's statement of principle 5 from 29 March 2016.
pub(crate) static PRINCIPLE_5_2016: Source = cabinet_office(
    "The five principles for participation in UN peacekeeping (after the Legislation for Peace and Security)",
);
/// The 2015 bill text defining the three cases of a UN peacekeeping
/// operation (secondary).
pub(crate) static BILL_2015: Source = Source::new_at(
    SourceKind::Statute,
    "Cabinet of Japan",
    "Bill for the Legislation for Peace and Security (2015), amended Art. 3(1) of Act No. 79 of 1992",
    None,
    Secondary,
    Locator::article("3(1)"),
);
/// The 1992 explanation of principle 4 in two steps (secondary).
pub(crate) static TWO_STEPS: Source = Source::new(
    SourceKind::Government,
    "Government of Japan (1992 explanation of the five principles, as reported)",
    "Principle 4 in two steps: suspend the work, then terminate the dispatch if the principles are not restored within a short period",
    None,
    Secondary,
);
/// The Ministry of Defense White Paper 2018: implementation plans for
/// safety-ensuring operations or kaketsuke-keigo are deliberated by the
/// National Security Council.
pub(crate) static WHITE_PAPER_2018: Source = Source::new(
    SourceKind::Government,
    "Ministry of Defense of Japan",
    "Defense of Japan 2018 (White Paper): deliberation by the National Security Council of implementation plans that include safety-ensuring operations or kaketsuke-keigo",
    None,
    Primary,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_post_2016_article_names_the_text_it_is_read_through() {
        for s in [
            &ART16_3_2,
            &ART16_3_3,
            &ART16_3_5_TO,
            &ART16_3_5_CHI,
            &ART16_3_5_RI,
            &ART16_3_5_NE,
            &ART16_3_5_NA,
            &ART16_3_5_RA,
            &ART16_6_1,
            &ART16_13_1,
            &ART16_25_3,
            &ART16_25_7,
            &ART16_26_1,
            &ART16_26_2,
            &ART16_27,
        ] {
            assert!(ACT_2016_TITLES.contains(&s.title()), "{s}");
            assert_ne!(s.title(), ACT_TEXT);
            // The lettering quoted by an opposition bill is secondary.
            assert_eq!(
                s.reliability() == Secondary,
                s.title() == ACT_2016_BILL,
                "{s}"
            );
        }
    }

    #[test]
    fn an_article_of_the_2015_text_is_recognised_by_its_title_s_address() {
        // The fast path of `is_pre_2016_text`: `act` stores the static's
        // own string, so the address matches and the title is not read.
        assert!(std::ptr::eq(ART_3_1.title(), ACT_TEXT));
        assert!(is_pre_2016_text(&ART_3_1));
        // A copy of the title in other memory is recognised by its bytes.
        let copy = Source::owned(
            SourceKind::Statute,
            ACT_ISSUER.to_owned(),
            ACT_TEXT.to_owned(),
            ACT_TEXT_DATE,
            Primary,
        );
        assert!(!std::ptr::eq(copy.title(), ACT_TEXT));
        assert!(is_pre_2016_text(&copy));
        // Neither a post-2016 article nor another text of that date is.
        assert!(!is_pre_2016_text(&ART16_25_7));
        let other = Source::new(
            SourceKind::Statute,
            ACT_ISSUER,
            "Another act",
            ACT_TEXT_DATE,
            Primary,
        );
        assert!(!is_pre_2016_text(&other));
    }
}
