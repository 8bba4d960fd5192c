/** The application: it reads only the library's exported package. */
module app {
    requires org.ndjit;
}
