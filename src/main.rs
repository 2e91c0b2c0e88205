fn main() {
    mg_rls::run();
}
