"""The browser that tests and scripts drive: always Debian's Chromium (`make chromium`), never a downloaded one."""

CHROMIUM = "/usr/bin/chromium"
# Flags that stop Chromium itself from calling home, so that only the site's own requests are ever made
# (the "no third-party request" tests, the PDFs and the page-weight benchmark all rely on that).
CHROMIUM_ARGS = ["--no-sandbox", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-default-apps", "--disable-domain-reliability"]
