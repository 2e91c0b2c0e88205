//! The trigger profile: the person's answers about evening, rest, sitting and bedtime beside the
//! seed article's figures, as an inline SVG bar chart (role="img", title and description) with the
//! same data in a table. Display only, so it is written as markup.

use crate::about::markup::Markup;
use mg_engine::quiz::{TriggerBar, TRIGGER_SOURCE};

/// Bar length for 100 %, in SVG units; rows are `ROW` high below a legend `TOP` high.
const FULL: u32 = 230;
const ROW: u32 = 60;
const TOP: u32 = 30;

fn answer_text(you: Option<u8>) -> &'static str {
    match you {
        Some(100) => "yes",
        Some(50) => "not sure",
        Some(_) => "no",
        None => "not answered",
    }
}

/// A bar at height `y` with its value written after it.
fn bar(m: &mut Markup, y: u32, pct: u8, class: &str, label: &str) {
    let w = FULL * u32::from(pct) / 100;
    m.raw("<rect x=\"0\" y=\"")
        .num(y)
        .raw("\" width=\"")
        .num(w)
        .raw("\" height=\"14\" class=\"")
        .raw(class)
        .raw("\"/>");
    m.raw("<text x=\"")
        .num(w + 6)
        .raw("\" y=\"")
        .num(y + 12)
        .raw("\">")
        .text(label)
        .raw("</text>");
}

pub fn markup(bars: &[TriggerBar], about: &str) -> Markup {
    let mut m = Markup::default();
    m.raw("<figure class=\"card trigger-chart\" data-testid=\"trigger-chart\"><figcaption>")
        .el("<strong>", "Your triggers beside the seed article's figures", "</strong> <span class=\"note\">")
        .text(
            "The article gives these figures without naming a study; the evening figure is a rise in intensity, the others \
             are shares of people with RLS. Your bar is full for yes, half for not sure and empty for no. ",
        )
        .cite(&[TRIGGER_SOURCE], about)
        .raw("</span></figcaption><svg class=\"chart\" viewBox=\"0 0 340 ")
        .num(TOP + ROW * bars.len() as u32)
        .raw("\" role=\"img\" aria-labelledby=\"tc-title tc-desc\" focusable=\"false\">")
        .el("<title id=\"tc-title\">", "Triggers: the seed article's figures and your answers", "</title><desc id=\"tc-desc\">");
    for b in bars {
        m.text(&format!(
            "{}: seed article {} %, your answer {}. ",
            b.label,
            b.seed_pct,
            answer_text(b.you_pct)
        ));
    }
    m.raw("</desc><rect x=\"0\" y=\"4\" width=\"12\" height=\"12\" class=\"bar-seed\"/><text x=\"18\" y=\"15\">Seed article</text>")
        .raw("<rect x=\"130\" y=\"4\" width=\"12\" height=\"12\" class=\"bar-you\"/><text x=\"148\" y=\"15\">Your answer</text>");
    let mut y = TOP;
    for b in bars {
        m.raw("<g data-trigger=\"")
            .raw(b.id)
            .raw("\"><text x=\"0\" y=\"")
            .num(y + 12)
            .raw("\" class=\"row-label\">")
            .text(b.label)
            .raw("</text>");
        bar(
            &mut m,
            y + 18,
            b.seed_pct,
            "bar-seed",
            &format!("{} %", b.seed_pct),
        );
        bar(
            &mut m,
            y + 36,
            b.you_pct.unwrap_or(0),
            "bar-you",
            answer_text(b.you_pct),
        );
        m.raw("</g>");
        y += ROW;
    }
    // In a scroll region of its own: a narrow frame scrolls the table, not the page.
    m.raw("</svg><details><summary>Show the chart's data as a table</summary><div class=\"table-scroll\" role=\"region\" aria-label=\"Trigger data\" tabindex=\"0\"><table class=\"data-table\" data-testid=\"trigger-table\">")
        .el("<caption>", "Triggers: the seed article's figures and your answers", "</caption>")
        .raw("<thead><tr><th scope=\"col\">Trigger</th><th scope=\"col\">Seed article</th><th scope=\"col\">Your answer</th></tr></thead><tbody>");
    for b in bars {
        m.raw("<tr data-trigger=\"").raw(b.id).raw("\">").el(
            "<th scope=\"row\">",
            b.label,
            "</th><td data-value=\"",
        );
        m.num(b.seed_pct.into())
            .raw("\">")
            .num(b.seed_pct.into())
            .raw(" %</td>")
            .el("<td>", answer_text(b.you_pct), "</td></tr>");
    }
    m.raw("</tbody></table></div></details></figure>");
    m
}
