//! How the calculator works, what it does not do, privacy and the disclaimer: plain text kept as
//! data, one section each.

use super::section::AboutSection;
use yew::prelude::*;

/// One section of notes; several paragraphs make a list.
struct Note {
    /// The heading's id.
    id: &'static str,
    heading: &'static str,
    paragraphs: &'static [&'static str],
}

const NOTES: &[Note] = &[
    Note { id: "about-how", heading: "How the calculator works", paragraphs: &[
        "Elemental magnesium: a label may give the weight of the whole compound (such as magnesium citrate) or only of the magnesium in it. The calculator works out each form's magnesium share from its chemical formula and says which compound it assumes.",
        "Requirement and limits: it uses the values of the region chosen on the Dose screen — by default the US values of the NIH Office of Dietary Supplements (from the Institute of Medicine, 1997), or the EU set (EFSA 2015, SCF 2001) or the UK set (COMA 1991, EVM 2003). The daily requirement counts food and supplements together; the limit counts magnesium from supplements (and, in the US, medicines), including magnesium you already take.",
        "Timing: one evening dose 1–2 hours before bed (with dinner when it falls in that window); larger doses are split between morning and evening, and medicines that magnesium interferes with are kept the stated hours apart — and iron and zinc apart from the medicines they bind too.",
        "Precautions: kidney function, blood magnesium, iron tests, medicines and stomach upset each have a stated rule, and every precaution names its source.",
    ] },
    Note { id: "about-not", heading: "What it does not do", paragraphs: &[
        "It does not diagnose. The quiz only says whether your answers match the pattern clinicians look for; look-alikes such as leg cramps, akathisia (restlessness caused by some medicines) and hypnic jerks (sudden jerks on falling asleep) have to be ruled out, and only a clinician can confirm RLS.",
        "It does not replace your doctor or pharmacist, and it does not know your full medical history.",
        "It gives no RLS dose under age 18, none when kidney function (eGFR) is below 30, and none with heart block, a slow heart rhythm or myasthenia gravis.",
        "It does not cover every medicine: ask a pharmacist about anything you take that is not listed.",
        "It is not for emergencies: one swollen, red, warm leg, or signs of too much magnesium (weakness, very low blood pressure, slow breathing), need medical help straight away.",
    ] },
    Note { id: "about-privacy", heading: "Your privacy", paragraphs: &[
        "Everything is worked out in your browser. Nothing you enter is sent anywhere, and there is no account.",
        "No cookies, no analytics, no tracking, no advertising.",
        "Your entries live in the page address, so you decide whom to share them with.",
        "Only if you switch on “Remember my entries on this device” are they kept, in this browser's own storage; switching it off deletes them.",
    ] },
    Note { id: "about-disclaimer", heading: "Disclaimer", paragraphs: &[
        "This calculator is for information only and is not medical advice. Talk to your doctor or pharmacist before starting or changing a supplement, especially with kidney disease, during pregnancy or breastfeeding, or when you take other medicines.",
    ] },
];

/// Where the engine's dose notes go in "How the calculator works" (after requirement and limits):
/// they state the plan's own constants, so they are built by the engine, not typed here.
const DOSE_NOTES_AT: usize = 2;

pub fn notes() -> Html {
    let sections = NOTES.iter().map(|note| {
        let mut paragraphs: Vec<String> = note.paragraphs.iter().map(|p| (*p).to_owned()).collect();
        if note.id == "about-how" {
            paragraphs.splice(
                DOSE_NOTES_AT..DOSE_NOTES_AT,
                mg_engine::guidance::dose_notes(),
            );
        }
        let body = match paragraphs.as_slice() {
            [one] => html! { <p>{ one.clone() }</p> },
            many => {
                html! { <ul>{ for many.iter().map(|p| html! { <li>{ p.clone() }</li> }) }</ul> }
            }
        };
        html! { <AboutSection id={note.id} heading={note.heading}>{ body }</AboutSection> }
    });
    sections.collect()
}
