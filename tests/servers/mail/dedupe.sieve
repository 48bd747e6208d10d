# Run before delivery of every mail: drop a mail whose Message-ID this mailbox has already
# received, as Exchange and most mail stores do. rathaus sends with a stable Message-ID per
# delivery, so a resend after an uncertain SMTP attempt reaches the mailbox once.
require ["duplicate"];
if duplicate {
  discard;
  stop;
}
