//! How much a finding matters. Its own file because both findings and the medicine table use it
//! (a medicine's interaction has a severity), and neither should depend on the other for it.

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Info,
    Caution,
    /// No self-dosing: the engine proposes no dose while any `Stop` finding stands.
    Stop,
}

impl Severity {
    pub const fn id(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Caution => "caution",
            Severity::Stop => "stop",
        }
    }
}
