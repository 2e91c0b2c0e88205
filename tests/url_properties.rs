//! Property tests of the app's URL handling, natively: `Query::parse` / `to_search`, then the
//! whole path a shared link takes — `Settings::from_query`, `mg_engine::validate(&q.raw_input())`
//! and `evaluate` — over arbitrary and deliberately hostile query strings (unicode, `%`, `&`, `=`,
//! `+`, NaN, infinities, negatives, huge numbers, blanks, repeated and unknown parameters).
//!
//! The engine's own properties (engine/tests/properties.rs) cover `validate`/`evaluate` on
//! structured input; these cover what happens between the address bar and the engine.
#![cfg(not(target_arch = "wasm32"))]

use mg_engine::{decimal, evaluate, validate, FieldError};
use mg_rls::state::{Param, Query, Settings, Theme, View};
use proptest::prelude::*;

const CASES: u32 = 512;

/// Every parameter name, in canonical order, from the app itself.
fn names() -> Vec<&'static str> {
    Param::ALL.iter().map(|p| p.name()).collect()
}

/// The parameter with URL name `name`.
fn param(name: &str) -> Param {
    Param::ALL
        .into_iter()
        .find(|p| p.name() == name)
        .unwrap_or_else(|| panic!("no parameter {name}"))
}

/// The medical parameters `validate` reads, and those a field's validity may depend on
/// (the engine's documented exceptions: life stage needs age and sex, the plausible serum
/// range is per unit, bedtime may not equal waking time).
const MEDICAL: [&str; 24] = [
    "age",
    "sex",
    "stage",
    "form",
    "unit_mg",
    "basis",
    "target",
    "egfr",
    "ckd",
    "serum",
    "serum_unit",
    "ferritin",
    "tsat",
    "wake",
    "dinner",
    "bedtime",
    "other_mg",
    "meds",
    "gi",
    "conditions",
    "region",
    "unit_mmol",
    "serving",
    "unit_kind",
];
fn depends_on(name: &str) -> &'static [&'static str] {
    match name {
        "stage" => &["age", "sex"],
        "serum" => &["serum_unit"],
        "bedtime" => &["wake"],
        // Both label amounts given: the error is on unit_mmol.
        "unit_mmol" => &["unit_mg"],
        _ => &[],
    }
}

// ---------------------------------------------------------------------------------------------
// Strategies.

/// Values meant to break parsers, before any URL encoding.
fn nasty_value() -> BoxedStrategy<String> {
    const SPECIAL: &[&str] = &[
        "",
        " ",
        "\t",
        "+",
        "++",
        "%",
        "%%",
        "%2",
        "%zz",
        "%ZZ",
        "%00",
        "%FF%FE",
        "%E2%82",
        "%E2%82%AC",
        "%C3%A9",
        "&",
        "&&",
        "=",
        "==",
        "a=b",
        "a&b=c",
        "?",
        "#",
        "#x",
        ";",
        "NaN",
        "nan",
        "-NaN",
        "inf",
        "-inf",
        "Infinity",
        "-Infinity",
        "1e309",
        "-1e309",
        "1e-400",
        "-0",
        "+0",
        "0",
        "-1",
        "-5",
        "-273.15",
        "0.0000001",
        "1,5",
        "1.5.5",
        "12mg",
        "١٢",
        "１２",
        "18446744073709551616",
        "340282366920938463463374607431768211456",
        "07:00",
        "24:00",
        "23:60",
        "-07:00",
        "7am",
        "female",
        "male",
        "FEMALE",
        "pregnant",
        "lactating",
        "compound",
        "elemental",
        "mmol_l",
        "meq_l",
        "glycinate",
        "oxide",
        "iron",
        "iron@",
        "@",
        "@07:00",
        "iron@25:00",
        "quinolone@08:00,quinolone@20:00",
        ",,,",
        "aspirin,iron",
        "urge:y,rest:x",
        "urge:y,urge:n",
        "dose",
        "forms",
        "quiz",
        "about",
        "Quiz",
        "light",
        "dark",
        "auto",
        "neon",
        "1",
        "0",
        "2",
        "yes",
        "true",
        "💊",
        "é",
        "\u{0}",
        "\u{202e}",
        "\u{feff}1",
        "\u{3000}",
        "<script>alert(1)</script>",
        "\"'><img src=x>",
        "../../etc",
    ];
    prop_oneof![
        4 => proptest::sample::select(SPECIAL).prop_map(str::to_owned),
        3 => any::<String>(),
        2 => "[-+.0-9eE]{1,14}",
        1 => "[0-9]{1,3}(\\.[0-9]{1,3})?",
        1 => "[ %&=+#?a-zA-Z0-9:,@._-]{0,24}",
        1 => "[0-9]{200,320}",
    ]
    .boxed()
}

/// A parameter name: mostly real ones, sometimes unknown, empty, upper-case or encoded.
fn any_name() -> BoxedStrategy<String> {
    let real = proptest::sample::select(names()).prop_map(str::to_owned);
    prop_oneof![
        8 => real,
        1 => proptest::sample::select(&["", "utm_source", "AGE", "Age", "a%67e", "view[]", "age ", " age", "%76iew", "age%00", "x"][..])
            .prop_map(str::to_owned),
        1 => any::<String>(),
    ]
    .boxed()
}

/// How a value is written into the query string.
#[derive(Clone, Copy, Debug)]
enum Writing {
    /// Exactly as generated (so `%`, `&`, `=`, `+`, `#` keep their URL meaning).
    Raw,
    /// Percent-encoded as a browser would (`application/x-www-form-urlencoded`).
    Encoded,
    /// Every byte as `%XX`, lower or upper case.
    AllPercent,
}

fn write(value: &str, how: Writing) -> String {
    match how {
        Writing::Raw => value.to_owned(),
        Writing::Encoded => form_encode(value),
        Writing::AllPercent => value.bytes().map(|b| format!("%{b:02x}")).collect(),
    }
}

/// `application/x-www-form-urlencoded` byte serialisation (the URL standard's set).
fn form_encode(s: &str) -> String {
    s.bytes()
        .map(|b| match b {
            b'*' | b'-' | b'.' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => {
                (b as char).to_string()
            }
            b' ' => "+".to_owned(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One `name=value` pair, or an odd fragment (a bare name, a lone `=`, nothing).
fn pair() -> BoxedStrategy<String> {
    let writing = prop_oneof![
        Just(Writing::Raw),
        Just(Writing::Encoded),
        Just(Writing::AllPercent)
    ];
    prop_oneof![
        8 => (any_name(), nasty_value(), writing).prop_map(|(n, v, w)| format!("{}={}", write(&n, Writing::Encoded), write(&v, w))),
        1 => any_name(),
        1 => proptest::sample::select(&["", "=", "==", "&", "=x", "%", "+=+"][..]).prop_map(str::to_owned),
    ]
    .boxed()
}

/// A whole query string as it may appear in `location.search` or a hand-edited link.
fn query_string() -> BoxedStrategy<String> {
    prop_oneof![
        6 => (proptest::bool::ANY, proptest::collection::vec(pair(), 0..14), proptest::option::of("#[a-z0-9=&?%]{0,8}"))
            .prop_map(|(q, pairs, frag)| format!("{}{}{}", if q { "?" } else { "" }, pairs.join("&"), frag.unwrap_or_default())),
        1 => any::<String>(),
        1 => "[?&=%+#a-z0-9_:,@.]{0,60}",
    ]
    .boxed()
}

/// A `Query` with arbitrary non-blank values (what `parse` can produce).
fn any_query() -> impl Strategy<Value = Query> {
    proptest::collection::vec(
        proptest::option::weighted(0.4, nasty_value()),
        names().len(),
    )
    .prop_map(|values| {
        let mut q = Query::default();
        for (name, value) in names().into_iter().zip(values) {
            *q.slot_mut(param(name)) = value.filter(|v| !v.trim().is_empty());
        }
        q
    })
}

// ---------------------------------------------------------------------------------------------
// Reference model of `Query::parse`, independent of its implementation: decode the pairs with
// the form-urlencoded rules, then for each known name take the first pair whose value is
// non-empty ("keeps the first of repeated ones"; a bare `age` or `age=` does not hide a later
// `age=5`), and treat blank values as absent.

fn model(search: &str) -> Vec<(&'static str, Option<String>)> {
    let s = search.strip_prefix('?').unwrap_or(search);
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(s).expect("pairs always decode");
    names()
        .into_iter()
        .map(|name| {
            let first = pairs
                .iter()
                .filter(|(k, _)| k == name)
                .map(|(_, v)| v)
                .find(|v| !v.is_empty());
            (name, first.filter(|v| !v.trim().is_empty()).cloned())
        })
        .collect()
}

fn as_pairs(q: &Query) -> Vec<(&'static str, Option<String>)> {
    q.params().map(|(p, v)| (p.name(), v.clone())).collect()
}

// ---------------------------------------------------------------------------------------------
// The checks.

fn check_round_trip(q: &Query) -> Result<(), TestCaseError> {
    let search = q.to_search();
    prop_assert!(search.is_empty() || search.starts_with('?'), "{search:?}");
    prop_assert!(
        !search.contains('#') && !search.contains(' '),
        "unescaped character in {search:?}"
    );
    let again = Query::parse(&search);
    // Every value comes back as it was, but a number typed with a decimal comma, which the link
    // holds with a point (docs/contract.md: "the app writes them back with a point").
    let mut expected = q.clone();
    for param in Param::ALL {
        if let Some(value) = q.slot(param) {
            let comma_number = param.is_number()
                && value.contains(',')
                && decimal::parse_input(value.trim()).is_some();
            if comma_number {
                *expected.slot_mut(param) = Some(value.replacen(',', ".", 1));
            }
        }
    }
    prop_assert_eq!(
        &again,
        &expected,
        "parse(to_search(q)) != q for {:?}",
        search
    );
    prop_assert_eq!(again.to_search(), search, "to_search is not canonical");
    // No blank value survives: empty means absent.
    for (param, value) in q.params() {
        prop_assert!(
            value.as_deref().is_none_or(|v| !v.trim().is_empty()),
            "blank value kept for {}",
            param.name()
        );
    }
    Ok(())
}

fn errors_for<'a>(errors: &'a [FieldError], field: &str) -> Vec<&'a str> {
    errors
        .iter()
        .filter(|e| e.field.name() == field)
        .map(|e| e.message.as_str())
        .collect()
}

/// The UI settings: an error exactly where `view`, `theme` or `embed` holds an unknown value,
/// its default used there, every other setting applied.
fn check_ui(q: &Query) -> Result<(), TestCaseError> {
    let (ui, errors) = Settings::from_query(q);
    let view_ok = q.view.as_deref().is_none_or(|v| View::parse(v).is_some());
    let theme_ok = q.theme.as_deref().is_none_or(|t| Theme::parse(t).is_some());
    let embed_ok = matches!(q.embed.as_deref(), None | Some("0") | Some("1"));
    prop_assert_eq!(errors_for(&errors, "view").len(), usize::from(!view_ok));
    prop_assert_eq!(errors_for(&errors, "theme").len(), usize::from(!theme_ok));
    prop_assert_eq!(errors_for(&errors, "embed").len(), usize::from(!embed_ok));
    prop_assert_eq!(
        errors.len(),
        usize::from(!view_ok) + usize::from(!theme_ok) + usize::from(!embed_ok)
    );
    prop_assert_eq!(
        ui.view,
        q.view.as_deref().and_then(View::parse).unwrap_or_default()
    );
    prop_assert_eq!(
        ui.theme,
        q.theme
            .as_deref()
            .and_then(Theme::parse)
            .unwrap_or_default()
    );
    prop_assert_eq!(ui.embed, q.embed.as_deref() == Some("1"));
    // Writing the settings back and reading them again is lossless and error-free.
    let mut written = q.clone();
    ui.write_to(&mut written);
    let reread = Query::parse(&written.to_search());
    let (ui2, errors2) = Settings::from_query(&reread);
    prop_assert_eq!(ui2, ui);
    prop_assert!(errors2.is_empty(), "{errors2:?}");
    // Compared with the link written without the settings (numbers there have a point).
    let plain = Query::parse(&q.to_search());
    for name in MEDICAL {
        prop_assert_eq!(
            reread.get(param(name)),
            plain.get(param(name)),
            "writing the UI settings changed {}",
            name
        );
    }
    Ok(())
}

/// The medical inputs: `validate` + `evaluate` never panic; each message belongs to a parameter
/// present in the URL, and is the same whatever the other (independent) parameters hold.
fn check_medical(q: &Query) -> Result<(), TestCaseError> {
    let (input, errors) = validate(&q.raw_input());
    let evaluation = evaluate(&input);
    prop_assert!(evaluation
        .plan
        .as_ref()
        .map_or(true, |p| p.daily_mg.is_finite() && p.daily_mg > 0.0));
    for e in &errors {
        prop_assert!(
            MEDICAL.contains(&e.field.name()),
            "error for a non-medical field {}",
            e.field.name()
        );
        prop_assert!(
            q.get(e.field).is_some(),
            "error for {} which the URL does not set: {}",
            e.field.name(),
            e.message
        );
        prop_assert!(!e.message.trim().is_empty());
    }
    for name in MEDICAL {
        let mut solo = Query::default();
        for n in std::iter::once(name).chain(depends_on(name).iter().copied()) {
            *solo.slot_mut(param(n)) = q.get(param(n)).map(str::to_owned);
        }
        let (_, alone) = validate(&solo.raw_input());
        prop_assert_eq!(
            errors_for(&errors, name),
            errors_for(&alone, name),
            "messages for {} depend on other parameters",
            name
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: CASES, failure_persistence: None, ..ProptestConfig::default() })]

    /// Any string: `parse` never panics and agrees with the reference model, and the whole
    /// pipeline to the engine holds its properties.
    #[test]
    fn hostile_query_strings(search in query_string()) {
        let q = Query::parse(&search);
        prop_assert_eq!(as_pairs(&q), model(&search), "parse disagrees with the model for {:?}", search);
        check_round_trip(&q)?;
        check_ui(&q)?;
        check_medical(&q)?;
    }

    /// Any `Query` survives `to_search` → `parse` unchanged (values with `&`, `=`, `%`, `+`, `#`,
    /// unicode, control characters).
    #[test]
    fn any_query_round_trips(q in any_query()) {
        check_round_trip(&q)?;
        check_ui(&q)?;
        check_medical(&q)?;
    }

    /// Arbitrary bytes after `?`, as `location.search` could hold them (lossy UTF-8).
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..80)) {
        let search = format!("?{}", String::from_utf8_lossy(&bytes));
        let q = Query::parse(&search);
        check_round_trip(&q)?;
        check_ui(&q)?;
        check_medical(&q)?;
    }

    /// One invalid medical parameter among valid ones: only its own field gets a message, and
    /// the valid ones are all applied (their validated values are those of the clean URL).
    #[test]
    fn one_bad_parameter_is_reported_at_its_field(bad_field in proptest::sample::select(&MEDICAL[..]), bad in nasty_value()) {
        let clean = Query::parse("?age=52&sex=female&form=citrate&unit_mg=1000&basis=compound&target=300&egfr=75&ckd=no\
            &serum=2.0&serum_unit=mg_dl&ferritin=80&tsat=25&wake=07:00&dinner=19:00&bedtime=22:30&other_mg=0\
            &meds=iron@10:00,levothyroxine&gi=0");
        let (clean_input, clean_errors) = validate(&clean.raw_input());
        prop_assert!(clean_errors.is_empty(), "{clean_errors:?}");
        let dirty = clean.with(param(bad_field), &bad);
        let dirty = Query::parse(&dirty.to_search());
        let (input, errors) = validate(&dirty.raw_input());
        let fields: Vec<&str> = errors.iter().map(|e| e.field.name()).collect();
        prop_assert!(fields.iter().all(|f| *f == bad_field || depends_on(f).contains(&bad_field)),
            "{bad_field}={bad:?} gave messages for {fields:?}");
        // Fields that neither are the bad one nor depend on it keep the clean values.
        let independent = |name: &str| name != bad_field && !depends_on(name).contains(&bad_field);
        if independent("age") { prop_assert_eq!(input.person.age, clean_input.person.age); }
        if independent("unit_mg") { prop_assert_eq!(input.unit_mg, clean_input.unit_mg); }
        if independent("target") { prop_assert_eq!(input.target_mg, clean_input.target_mg); }
        if independent("meds") { prop_assert_eq!(&input.meds, &clean_input.meds); }
        if independent("ferritin") { prop_assert_eq!(input.ferritin, clean_input.ferritin); }
        let _ = evaluate(&input);
    }
}

#[test]
fn model_examples() {
    // The reference model itself, on the documented behaviour.
    let q = Query::parse("?age=&age=5&view=quiz&view=forms&utm=1&theme=%20");
    assert_eq!(q.age.as_deref(), Some("5"));
    assert_eq!(q.view.as_deref(), Some("quiz"));
    assert_eq!(q.theme, None);
    assert_eq!(
        as_pairs(&q),
        model("?age=&age=5&view=quiz&view=forms&utm=1&theme=%20")
    );
}

#[test]
fn hostile_values_round_trip_exactly() {
    for v in [
        "a&b=c",
        "100%",
        "%zz",
        "1+1",
        "x#y",
        "?q",
        "💊@07:00",
        "\u{0}",
        " padded ",
        "==",
    ] {
        let q = Query {
            meds: Some(v.to_owned()),
            age: Some(v.to_owned()),
            ..Query::default()
        };
        assert_eq!(Query::parse(&q.to_search()), q, "{v:?}");
    }
}

proptest! {
    /// A number typed with a decimal comma means what it means with a point, and the link holds
    /// the point (docs/contract.md): the same validated input from `x,y` as from
    /// `x.y`, and from the written link as from the typed state.
    #[test]
    fn a_decimal_comma_is_a_point_and_the_link_writes_a_point(
        name in proptest::sample::select(&["unit_mg", "unit_mmol", "target", "egfr", "serum", "ferritin", "tsat", "other_mg"][..]),
        whole in 0u32..3000,
        fraction in 0u32..1000,
    ) {
        let with_comma = format!("{whole},{fraction}");
        let with_point = format!("{whole}.{fraction}");
        let base = Query::parse("?age=45&sex=female&form=citrate&serum_unit=mmol_l");
        let comma = base.with(param(name), &with_comma);
        let point = base.with(param(name), &with_point);
        // The same input, and messages at the same fields (a message quotes the text typed).
        let ((a, a_errors), (b, b_errors)) = (validate(&comma.raw_input()), validate(&point.raw_input()));
        prop_assert_eq!(a, b);
        let fields = |errors: &[FieldError]| errors.iter().map(|e| e.field).collect::<Vec<_>>();
        prop_assert_eq!(fields(&a_errors), fields(&b_errors));
        let link = comma.to_search();
        prop_assert!(link.contains(&format!("{name}={with_point}")), "{link}");
        prop_assert!(!link.contains("%2C"), "{link}");
        prop_assert_eq!(Query::parse(&link), point);
    }
}
