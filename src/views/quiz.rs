//! The Quiz view (`view=quiz`): the screen itself lives in `crate::quiz`.

pub use crate::quiz::QuizScreen as QuizView;
