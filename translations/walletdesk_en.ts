<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ActionTexts</name>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Password reset code</source>
        <translation>Password reset code</translation>
    </message>
    <message>
        <source>Sign-out of all devices</source>
        <translation>Sign-out of all devices</translation>
    </message>
    <message>
        <source>Two-factor reset</source>
        <translation>Two-factor reset</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>Investigation</translation>
    </message>
    <message>
        <source>Refund request</source>
        <translation>Refund request</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: done</translation>
    </message>
    <message>
        <source>%1: awaiting a supervisor&apos;s approval</source>
        <translation>%1: awaiting a supervisor&apos;s approval</translation>
    </message>
    <message>
        <source>%1: approved by a supervisor</source>
        <translation>%1: approved by a supervisor</translation>
    </message>
    <message>
        <source>%1: rejected by a supervisor (%2)</source>
        <translation>%1: rejected by a supervisor (%2)</translation>
    </message>
    <message>
        <source>Unfreeze</source>
        <translation>Unfreeze</translation>
    </message>
</context>
<context>
    <name>AuditTexts</name>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Failed to sign in</source>
        <translation>Failed to sign in</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Signed out</translation>
    </message>
    <message>
        <source>Opened account</source>
        <translation>Opened account</translation>
    </message>
    <message>
        <source>Read the transaction log</source>
        <translation>Read the transaction log</translation>
    </message>
    <message>
        <source>Read the account&apos;s calls</source>
        <translation>Read the account&apos;s calls</translation>
    </message>
    <message>
        <source>Read the account&apos;s complaints</source>
        <translation>Read the account&apos;s complaints</translation>
    </message>
    <message>
        <source>Read the account&apos;s actions</source>
        <translation>Read the account&apos;s actions</translation>
    </message>
    <message>
        <source>Opened a transaction</source>
        <translation>Opened a transaction</translation>
    </message>
    <message>
        <source>Started verifying the caller</source>
        <translation>Started verifying the caller</translation>
    </message>
    <message>
        <source>Caller verified</source>
        <translation>Caller verified</translation>
    </message>
    <message>
        <source>Wrong verification answer</source>
        <translation>Wrong verification answer</translation>
    </message>
    <message>
        <source>Verification stopped: too many attempts</source>
        <translation>Verification stopped: too many attempts</translation>
    </message>
    <message>
        <source>Unlocked the account</source>
        <translation>Unlocked the account</translation>
    </message>
    <message>
        <source>Sent a password reset code</source>
        <translation>Sent a password reset code</translation>
    </message>
    <message>
        <source>Signed out all devices</source>
        <translation>Signed out all devices</translation>
    </message>
    <message>
        <source>Asked for a two-factor reset</source>
        <translation>Asked for a two-factor reset</translation>
    </message>
    <message>
        <source>Opened a payment investigation</source>
        <translation>Opened a payment investigation</translation>
    </message>
    <message>
        <source>Asked for a refund</source>
        <translation>Asked for a refund</translation>
    </message>
    <message>
        <source>Approved a request</source>
        <translation>Approved a request</translation>
    </message>
    <message>
        <source>Rejected a request</source>
        <translation>Rejected a request</translation>
    </message>
    <message>
        <source>Logged a complaint</source>
        <translation>Logged a complaint</translation>
    </message>
    <message>
        <source>Assigned a complaint</source>
        <translation>Assigned a complaint</translation>
    </message>
    <message>
        <source>Escalated a complaint</source>
        <translation>Escalated a complaint</translation>
    </message>
    <message>
        <source>Extended a complaint&apos;s deadline</source>
        <translation>Extended a complaint&apos;s deadline</translation>
    </message>
    <message>
        <source>Resolved a complaint</source>
        <translation>Resolved a complaint</translation>
    </message>
    <message>
        <source>Reopened a complaint</source>
        <translation>Reopened a complaint</translation>
    </message>
    <message>
        <source>Added a note to a complaint</source>
        <translation>Added a note to a complaint</translation>
    </message>
    <message>
        <source>Wrapped up a call</source>
        <translation>Wrapped up a call</translation>
    </message>
    <message>
        <source>Scheduled a callback</source>
        <translation>Scheduled a callback</translation>
    </message>
    <message>
        <source>Moved a callback</source>
        <translation>Moved a callback</translation>
    </message>
    <message>
        <source>Made a callback</source>
        <translation>Made a callback</translation>
    </message>
    <message>
        <source>Cancelled a callback</source>
        <translation>Cancelled a callback</translation>
    </message>
    <message>
        <source>Changed the reference data</source>
        <translation>Changed the reference data</translation>
    </message>
    <message>
        <source>Sign-ins (all)</source>
        <translation>Sign-ins (all)</translation>
    </message>
    <message>
        <source>Account reads (all)</source>
        <translation>Account reads (all)</translation>
    </message>
    <message>
        <source>Caller verification (all)</source>
        <translation>Caller verification (all)</translation>
    </message>
    <message>
        <source>Account actions (all)</source>
        <translation>Account actions (all)</translation>
    </message>
    <message>
        <source>Approvals (all)</source>
        <translation>Approvals (all)</translation>
    </message>
    <message>
        <source>Complaints (all)</source>
        <translation>Complaints (all)</translation>
    </message>
    <message>
        <source>Callbacks (all)</source>
        <translation>Callbacks (all)</translation>
    </message>
    <message>
        <source>Done at once.</source>
        <translation>Done at once.</translation>
    </message>
    <message>
        <source>Awaiting a supervisor&apos;s approval.</source>
        <translation>Awaiting a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>Rejected.</translation>
    </message>
    <message>
        <source>Request: %1.</source>
        <translation>Request: %1.</translation>
    </message>
    <message>
        <source>Too many failed attempts: signing in is locked for a while.</source>
        <translation>Too many failed attempts: signing in is locked for a while.</translation>
    </message>
    <message>
        <source>Wrap-up: %1.</source>
        <translation>Wrap-up: %1.</translation>
    </message>
    <message>
        <source>Complaint no. %1.</source>
        <translation>Complaint no. %1.</translation>
    </message>
    <message>
        <source>Assigned to %1.</source>
        <translation>Assigned to %1.</translation>
    </message>
    <message>
        <source>Resolution: %1.</source>
        <translation>Resolution: %1.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Order number %1.</source>
        <translation>Order number %1.</translation>
    </message>
    <message>
        <source>A code was sent by SMS.</source>
        <translation>A code was sent by SMS.</translation>
    </message>
    <message>
        <source>Security questions were asked.</source>
        <translation>Security questions were asked.</translation>
    </message>
    <message>
        <source>Saved as revision %1.</source>
        <translation>Saved as revision %1.</translation>
    </message>
    <message>
        <source>Call %1 back at %2 (%3).</source>
        <translation>Call %1 back at %2 (%3).</translation>
    </message>
</context>
<context>
    <name>CalendarTexts</name>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Make-up working day</source>
        <translation>Make-up working day</translation>
    </message>
    <message>
        <source>%1 holidays and %2 make-up working days.</source>
        <translation>%1 holidays and %2 make-up working days.</translation>
    </message>
    <message>
        <source>The list holds no holiday.</source>
        <translation>The list holds no holiday.</translation>
    </message>
    <message>
        <source>a date must be written yyyy-MM-dd and exist</source>
        <translation>a date must be written yyyy-MM-dd and exist</translation>
    </message>
    <message>
        <source>the line must end with 休, 放假, 班 or 上班</source>
        <translation>the line must end with 休, 放假, 班 or 上班</translation>
    </message>
    <message>
        <source>the holiday&apos;s name is missing</source>
        <translation>the holiday&apos;s name is missing</translation>
    </message>
    <message>
        <source>the name is longer than 40 characters</source>
        <translation>the name is longer than 40 characters</translation>
    </message>
    <message>
        <source>a range must run forwards and last at most 31 days</source>
        <translation>a range must run forwards and last at most 31 days</translation>
    </message>
    <message>
        <source>make-up working days are listed one line each, not as a range</source>
        <translation>make-up working days are listed one line each, not as a range</translation>
    </message>
    <message>
        <source>a date is listed twice</source>
        <translation>a date is listed twice</translation>
    </message>
    <message>
        <source>Line %1 cannot be read (%2): %3</source>
        <translation>Line %1 cannot be read (%2): %3</translation>
    </message>
</context>
<context>
    <name>CallGuide</name>
    <message>
        <source>Cannot sign in</source>
        <translation>Cannot sign in</translation>
    </message>
    <message>
        <source>Payment problem</source>
        <translation>Payment problem</translation>
    </message>
    <message>
        <source>Account security</source>
        <translation>Account security</translation>
    </message>
    <message>
        <source>Withdrawal not arrived</source>
        <translation>Withdrawal not arrived</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Find the caller&apos;s account (Ctrl+K) and open it.</source>
        <translation>Find the caller&apos;s account (Ctrl+K) and open it.</translation>
    </message>
    <message>
        <source>Verify the caller (SMS code or security question) before giving any account detail.</source>
        <translation>Verify the caller (SMS code or security question) before giving any account detail.</translation>
    </message>
    <message>
        <source>Caller verified.</source>
        <translation>Caller verified.</translation>
    </message>
    <message>
        <source>Ask what the app says when signing in: wrong password, no code received, account locked, or a new phone.</source>
        <translation>Ask what the app says when signing in: wrong password, no code received, account locked, or a new phone.</translation>
    </message>
    <message>
        <source>The account is locked: %1. Once the caller is verified, unlock it (Unlock).</source>
        <translation>The account is locked: %1. Once the caller is verified, unlock it (Unlock).</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <source>The account is frozen (%1). Do not promise an unlock: the risk team decides. Offer a complaint if the caller disagrees.</source>
        <translation>The account is frozen (%1). Do not promise an unlock: the risk team decides. Offer a complaint if the caller disagrees.</translation>
    </message>
    <message>
        <source>The account is not locked.</source>
        <translation>The account is not locked.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) in the last 24 hours; the latest %1 on %2 in %3: %4.</source>
        <translation>
            <numerusform>%n failed sign-in(s) in the last 24 hours; the latest %1 on %2 in %3: %4.</numerusform>
            <numerusform>%n failed sign-in(s) in the last 24 hours; the latest %1 on %2 in %3: %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed sign-in in the last 24 hours: the app may not reach our servers; ask for the error text.</source>
        <translation>No failed sign-in in the last 24 hours: the app may not reach our servers; ask for the error text.</translation>
    </message>
    <message>
        <source>Forgotten password: send a reset code to the registered phone (Reset password).</source>
        <translation>Forgotten password: send a reset code to the registered phone (Reset password).</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. If the caller lost the phone that gets the codes, request a two-factor reset; a supervisor approves it.</source>
        <translation>Two-factor sign-in is on. If the caller lost the phone that gets the codes, request a two-factor reset; a supervisor approves it.</translation>
    </message>
    <message>
        <source>Stay on the line while the caller signs in again.</source>
        <translation>Stay on the line while the caller signs in again.</translation>
    </message>
    <message>
        <source>Ask for the order number, or the time and amount, and find the payment in the Transactions tab.</source>
        <translation>Ask for the order number, or the time and amount, and find the payment in the Transactions tab.</translation>
    </message>
    <message>
        <source>Loading the latest payments…</source>
        <translation>Loading the latest payments…</translation>
    </message>
    <message>
        <source>the reversal date</source>
        <translation>the reversal date</translation>
    </message>
    <message numerus="yes">
        <source>None of the latest %n payments failed, is stuck or was charged twice.</source>
        <translation>
            <numerusform>None of the latest %n payments failed, is stuck or was charged twice.</numerusform>
            <numerusform>None of the latest %n payments failed, is stuck or was charged twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>If the caller is not satisfied, log a complaint linked to the order.</source>
        <translation>If the caller is not satisfied, log a complaint linked to the order.</translation>
    </message>
    <message>
        <source>Remind the caller: we never ask for passwords or codes; nobody should be told them.</source>
        <translation>Remind the caller: we never ask for passwords or codes; nobody should be told them.</translation>
    </message>
    <message>
        <source>Not signed in on any device.</source>
        <translation>Not signed in on any device.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in on: %1 (%n not trusted). Ask whether the caller knows each one.</source>
        <translation>
            <numerusform>Signed in on: %1 (%n not trusted). Ask whether the caller knows each one.</numerusform>
            <numerusform>Signed in on: %1 (%n not trusted). Ask whether the caller knows each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>No failed sign-in among the recent attempts.</source>
        <translation>No failed sign-in among the recent attempts.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed sign-in(s) among the recent attempts, from: %1.</source>
        <translation>
            <numerusform>%n failed sign-in(s) among the recent attempts, from: %1.</numerusform>
            <numerusform>%n failed sign-in(s) among the recent attempts, from: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Anything the caller does not recognise: sign out all devices (Sign out devices) and send a password reset code.</source>
        <translation>Anything the caller does not recognise: sign out all devices (Sign out devices) and send a password reset code.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off: suggest turning it on in the app&apos;s security settings.</source>
        <translation>Two-factor sign-in is off: suggest turning it on in the app&apos;s security settings.</translation>
    </message>
    <message>
        <source>Ask about payments the caller did not make; open an investigation for each one in the Transactions tab.</source>
        <translation>Ask about payments the caller did not make; open an investigation for each one in the Transactions tab.</translation>
    </message>
    <message>
        <source>Loading the latest withdrawals…</source>
        <translation>Loading the latest withdrawals…</translation>
    </message>
    <message>
        <source>%1 failed (%2); the money stayed in the wallet balance.</source>
        <translation>%1 failed (%2); the money stayed in the wallet balance.</translation>
    </message>
    <message>
        <source>%1 was returned to the wallet balance.</source>
        <translation>%1 was returned to the wallet balance.</translation>
    </message>
    <message>
        <source>%1: no expected arrival day is known; open an investigation.</source>
        <translation>%1: no expected arrival day is known; open an investigation.</translation>
    </message>
    <message>
        <source>%1 is on time: it reaches the card by %2 (working days; weekends and public holidays do not count).</source>
        <translation>%1 is on time: it reaches the card by %2 (working days; weekends and public holidays do not count).</translation>
    </message>
    <message>
        <source>The log has no withdrawal; ask whether the caller means a transfer.</source>
        <translation>The log has no withdrawal; ask whether the caller means a transfer.</translation>
    </message>
    <message>
        <source>Ask the caller to check the card&apos;s statement at the bank, not only the bank app&apos;s notifications.</source>
        <translation>Ask the caller to check the card&apos;s statement at the bank, not only the bank app&apos;s notifications.</translation>
    </message>
    <message>
        <source>No open complaint on this account.</source>
        <translation>No open complaint on this account.</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) still open on this account; the earliest is due %1. Add to it rather than log the same one twice.</source>
        <translation>
            <numerusform>%n complaint(s) still open on this account; the earliest is due %1. Add to it rather than log the same one twice.</numerusform>
            <numerusform>%n complaint(s) still open on this account; the earliest is due %1. Add to it rather than log the same one twice.</numerusform>
        </translation>
    </message>
    <message>
        <source>Let the caller finish; note what happened and what the caller wants.</source>
        <translation>Let the caller finish; note what happened and what the caller wants.</translation>
    </message>
    <message>
        <source>Select the transactions in question in the Transactions tab so the complaint links them.</source>
        <translation>Select the transactions in question in the Transactions tab so the complaint links them.</translation>
    </message>
    <message>
        <source>Log the complaint (Log complaint) with its category and severity.</source>
        <translation>Log the complaint (Log complaint) with its category and severity.</translation>
    </message>
    <message>
        <source>Tell the caller the deadline the form shows and read back the complaint number.</source>
        <translation>Tell the caller the deadline the form shows and read back the complaint number.</translation>
    </message>
    <message>
        <source>%1 was paid out and reached the card by %2; ask the caller to check with the bank.</source>
        <translation>%1 was paid out and reached the card by %2; ask the caller to check with the bank.</translation>
    </message>
    <message>
        <source>%1 is still pending; it should have reached the card by %2 and is late: open an investigation.</source>
        <translation>%1 is still pending; it should have reached the card by %2 and is late: open an investigation.</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) failed but the money was taken, and the reversal due %4 is late: open an investigation.</source>
        <translation>Order %1 (%2, %3) failed but the money was taken, and the reversal due %4 is late: open an investigation.</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) failed but the money was taken: it returns to the balance by %4.</source>
        <translation>Order %1 (%2, %3) failed but the money was taken: it returns to the balance by %4.</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) failed and no money was taken (%4): the caller can simply pay again.</source>
        <translation>Order %1 (%2, %3) failed and no money was taken (%4): the caller can simply pay again.</translation>
    </message>
    <message>
        <source>Order %1 (%2, %3) has been pending since %4: open an investigation.</source>
        <translation>Order %1 (%2, %3) has been pending since %4: open an investigation.</translation>
    </message>
    <message>
        <source>Orders %1 and %2 charged %3 at %4 twice within ten minutes: if the caller bought once, open a refund request for %1.</source>
        <translation>Orders %1 and %2 charged %3 at %4 twice within ten minutes: if the caller bought once, open a refund request for %1.</translation>
    </message>
    <message>
        <source>Withdrawal %1 of %2 on %3 to %4 card %5</source>
        <translation>Withdrawal %1 of %2 on %3 to %4 card %5</translation>
    </message>
</context>
<context>
    <name>ComplaintStep</name>
    <message>
        <source>assign</source>
        <translation>assign</translation>
    </message>
    <message>
        <source>escalate</source>
        <translation>escalate</translation>
    </message>
    <message>
        <source>resolve</source>
        <translation>resolve</translation>
    </message>
    <message>
        <source>reopen</source>
        <translation>reopen</translation>
    </message>
    <message>
        <source>extend the deadline</source>
        <translation>extend the deadline</translation>
    </message>
</context>
<context>
    <name>ConsoleSettings</name>
    <message>
        <source>Server address, https://host:port.</source>
        <translation>Server address, https://host:port.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Extra CA certificate file (PEM) to trust.</source>
        <translation>Extra CA certificate file (PEM) to trust.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Expected SHA-256 of the server&apos;s public key, base64.</source>
        <translation>Expected SHA-256 of the server&apos;s public key, base64.</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation>Interface language: zh_CN or en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>language</translation>
    </message>
    <message>
        <source>Lock the console after this many idle seconds.</source>
        <translation>Lock the console after this many idle seconds.</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Start a call from this caller number.</source>
        <translation>Start a call from this caller number.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>--idle-lock must be between 30 and 86400 seconds.</source>
        <translation>--idle-lock must be between 30 and 86400 seconds.</translation>
    </message>
    <message>
        <source>The server address &quot;%1&quot; is not a valid URL.</source>
        <translation>The server address &quot;%1&quot; is not a valid URL.</translation>
    </message>
    <message>
        <source>The server address must start with https://; WalletDesk never talks to a server unencrypted.</source>
        <translation>The server address must start with https://; WalletDesk never talks to a server unencrypted.</translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read.</source>
        <translation>The CA file %1 cannot be read.</translation>
    </message>
    <message>
        <source>The public-key pin must be a base64 SHA-256 digest (44 characters).</source>
        <translation>The public-key pin must be a base64 SHA-256 digest (44 characters).</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation>Unknown language &quot;%1&quot;; use zh_CN or en.</translation>
    </message>
    <message>
        <source>--%1 cannot be used on this computer: it is set for every user in %2.</source>
        <translation>--%1 cannot be used on this computer: it is set for every user in %2.</translation>
    </message>
</context>
<context>
    <name>CsvFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>CursorPages</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>DisplayNames</name>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>Frozen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Top-up</source>
        <translation>Top-up</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Reversed</source>
        <translation>Reversed</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>under a minute</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Beijing time</source>
        <translation>Beijing time</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>WalletDesk</source>
        <translation>WalletDesk</translation>
    </message>
    <message>
        <source>A tel: link (as a softphone opens it): starts a call from that caller, as --call does.</source>
        <translation>A tel: link (as a softphone opens it): starts a call from that caller, as --call does.</translation>
    </message>
    <message>
        <source>Give either --call or a tel: link, not both.</source>
        <translation>Give either --call or a tel: link, not both.</translation>
    </message>
    <message>
        <source>Only one tel: link at a time: %1</source>
        <translation>Only one tel: link at a time: %1</translation>
    </message>
    <message>
        <source>Not a tel: link: %1</source>
        <translation>Not a tel: link: %1</translation>
    </message>
    <message>
        <source>Not a telephone number: %1</source>
        <translation>Not a telephone number: %1</translation>
    </message>
</context>
<context>
    <name>RiskContextText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>account %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1 asks for: %2, on %3</source>
        <translation>%1 asks for: %2, on %3</translation>
    </message>
    <message>
        <source>Warning: sign-ins failed on a device the customer does not trust, and now this %1 is asked for. This is how a taken-over account is finished off; speak to the customer on their registered number before approving.</source>
        <translation>Warning: sign-ins failed on a device the customer does not trust, and now this %1 is asked for. This is how a taken-over account is finished off; speak to the customer on their registered number before approving.</translation>
    </message>
    <message>
        <source>Warning: sign-ins failed on a device the customer does not trust.</source>
        <translation>Warning: sign-ins failed on a device the customer does not trust.</translation>
    </message>
    <message>
        <source>An untrusted device is still signed in.</source>
        <translation>An untrusted device is still signed in.</translation>
    </message>
    <message>
        <source>The password or two-factor authentication changed in the last 7 days.</source>
        <translation>The password or two-factor authentication changed in the last 7 days.</translation>
    </message>
    <message numerus="yes">
        <source>There were %n other request(s) on this account this week.</source>
        <translation>
            <numerusform>There were %n other request(s) on this account this week.</numerusform>
            <numerusform>There were %n other request(s) on this account this week.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent&apos;s reason: %1</source>
        <translation>Agent&apos;s reason: %1</translation>
    </message>
    <message>
        <source>The server sent no risk context for this request.</source>
        <translation>The server sent no risk context for this request.</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Devices:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  none</translation>
    </message>
    <message>
        <source>  %1 (%2): %3, %4, last seen %5</source>
        <translation>  %1 (%2): %3, %4, last seen %5</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>trusted</translation>
    </message>
    <message>
        <source>not trusted</source>
        <translation>not trusted</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>signed in</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>signed out</translation>
    </message>
    <message numerus="yes">
        <source>Failed sign-ins in the last 24 hours: %n</source>
        <translation>
            <numerusform>Failed sign-ins in the last 24 hours: %n</numerusform>
            <numerusform>Failed sign-ins in the last 24 hours: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 in %2 on %3: %4</source>
        <translation>  %1 in %2 on %3: %4</translation>
    </message>
    <message>
        <source>Password and two-factor changes in the last 7 days:</source>
        <translation>Password and two-factor changes in the last 7 days:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Other requests on this account this week:</source>
        <translation>Other requests on this account this week:</translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>The local cache could not be written (%1).</source>
        <translation>The local cache could not be written (%1).</translation>
    </message>
    <message>
        <source>the file cannot be opened (%1)</source>
        <translation>the file cannot be opened (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>the file is damaged (%1)</translation>
    </message>
    <message>
        <source>the file&apos;s version cannot be read</source>
        <translation>the file&apos;s version cannot be read</translation>
    </message>
    <message>
        <source>the file comes from a newer version of WalletDesk (format %1, this one reads %2)</source>
        <translation>the file comes from a newer version of WalletDesk (format %1, this one reads %2)</translation>
    </message>
    <message>
        <source>the file cannot be brought to format %1 (%2)</source>
        <translation>the file cannot be brought to format %1 (%2)</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be created: %2</source>
        <translation>The local cache %1 cannot be created: %2</translation>
    </message>
    <message>
        <source>The local cache %1 was rebuilt, but the unsent work of the old one (kept at %2) could not be copied into it: %3</source>
        <translation>The local cache %1 was rebuilt, but the unsent work of the old one (kept at %2) could not be copied into it: %3</translation>
    </message>
</context>
<context>
    <name>TlsPolicy</name>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>The CA file %1 holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The public-key pin must be a base64 SHA-256 digest (44 characters).</source>
        <translation>The public-key pin must be a base64 SHA-256 digest (44 characters).</translation>
    </message>
    <message>
        <source>the server&apos;s certificate has expired</source>
        <translation>the server&apos;s certificate has expired</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not valid yet</source>
        <translation>the server&apos;s certificate is not valid yet</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is for another host name</source>
        <translation>the server&apos;s certificate is for another host name</translation>
    </message>
    <message>
        <source>the server&apos;s certificate is not signed by a trusted authority</source>
        <translation>the server&apos;s certificate is not signed by a trusted authority</translation>
    </message>
    <message>
        <source>Secure connection refused: %1.</source>
        <translation>Secure connection refused: %1.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountHistory</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
    <message>
        <source>%1 Showing the complaints cached on this computer.</source>
        <translation>%1 Showing the complaints cached on this computer.</translation>
    </message>
    <message>
        <source>%1 Previous calls are only kept on the server.</source>
        <translation>%1 Previous calls are only kept on the server.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountHistoryTab</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message numerus="yes">
        <source>Complaints of this account: %n</source>
        <translation>
            <numerusform>Complaints of this account: %n</numerusform>
            <numerusform>Complaints of this account: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous calls: %n</source>
        <translation>
            <numerusform>Previous calls: %n</numerusform>
            <numerusform>Previous calls: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaints of this account</source>
        <translation>Complaints of this account</translation>
    </message>
    <message>
        <source>Previous calls</source>
        <translation>Previous calls</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountSearchModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>Verification level</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AccountService</name>
    <message>
        <source>The server&apos;s answer cannot be read; showing cached accounts only.</source>
        <translation>The server&apos;s answer cannot be read; showing cached accounts only.</translation>
    </message>
    <message>
        <source>%1 Showing cached accounts only.</source>
        <translation>%1 Showing cached accounts only.</translation>
    </message>
    <message>
        <source>The server&apos;s account data cannot be read (%1).</source>
        <translation>The server&apos;s account data cannot be read (%1).</translation>
    </message>
    <message>
        <source>%1 Showing the cached copy.</source>
        <translation>%1 Showing the cached copy.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ActionBar</name>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Why? The reason goes into the audit log.</source>
        <translation>Why? The reason goes into the audit log.</translation>
    </message>
    <message>
        <source>Requested: awaiting a supervisor&apos;s approval.</source>
        <translation>Requested: awaiting a supervisor&apos;s approval.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Take a call and open the caller&apos;s account first.</source>
        <translation>Take a call and open the caller&apos;s account first.</translation>
    </message>
    <message>
        <source>Verify the caller first.</source>
        <translation>Verify the caller first.</translation>
    </message>
    <message>
        <source>Select a transaction in the log.</source>
        <translation>Select a transaction in the log.</translation>
    </message>
    <message>
        <source>Take a call first.</source>
        <translation>Take a call first.</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Action: %1</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Reset &amp;password</translation>
    </message>
    <message>
        <source>Sign out de&amp;vices</source>
        <translation>Sign out de&amp;vices</translation>
    </message>
    <message>
        <source>Reset &amp;2FA (approval)</source>
        <translation>Reset &amp;2FA (approval)</translation>
    </message>
    <message>
        <source>&amp;Investigate</source>
        <translation>&amp;Investigate</translation>
    </message>
    <message>
        <source>Re&amp;fund request</source>
        <translation>Re&amp;fund request</translation>
    </message>
    <message>
        <source>Log co&amp;mplaint</source>
        <translation>Log co&amp;mplaint</translation>
    </message>
    <message>
        <source>&amp;End call</source>
        <translation>&amp;End call</translation>
    </message>
    <message>
        <source>Unfree&amp;ze (approval)</source>
        <translation>Unfree&amp;ze (approval)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AdminDesk</name>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>Working-day &amp;calendar</translation>
    </message>
    <message>
        <source>Deadline &amp;policy</source>
        <translation>Deadline &amp;policy</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AgentDirectory</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApiJob</name>
    <message>
        <source>The request was canceled.</source>
        <translation>The request was canceled.</translation>
    </message>
    <message>
        <source>Secure connection refused: the server&apos;s public key does not match the configured pin.</source>
        <translation>Secure connection refused: the server&apos;s public key does not match the configured pin.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>The server did not answer in time.</translation>
    </message>
    <message>
        <source>Secure connection refused: %1.</source>
        <translation>Secure connection refused: %1.</translation>
    </message>
    <message>
        <source>Cannot reach the server (%1).</source>
        <translation>Cannot reach the server (%1).</translation>
    </message>
    <message>
        <source>The server tried to redirect to %1; WalletDesk does not follow redirects.</source>
        <translation>The server tried to redirect to %1; WalletDesk does not follow redirects.</translation>
    </message>
    <message>
        <source>The server sent an answer WalletDesk cannot read (HTTP %1).</source>
        <translation>The server sent an answer WalletDesk cannot read (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>The server refused the request (HTTP %1).</translation>
    </message>
    <message>
        <source>The server refused the request: %1</source>
        <translation>The server refused the request: %1</translation>
    </message>
    <message>
        <source>Too many wrong answers to this customer&apos;s security question today. Verify the caller with an SMS code instead.</source>
        <translation>Too many wrong answers to this customer&apos;s security question today. Verify the caller with an SMS code instead.</translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Too many requests; try again later.</translation>
    </message>
    <message>
        <source>This customer was sent a code a moment ago or too often. The next code can be sent at %1 (%2).</source>
        <translation>This customer was sent a code a moment ago or too often. The next code can be sent at %1 (%2).</translation>
    </message>
    <message>
        <source>You have sent too many codes this hour. The next code can be sent at %1 (%2).</source>
        <translation>You have sent too many codes this hour. The next code can be sent at %1 (%2).</translation>
    </message>
    <message>
        <source>Too many requests; try again at %1 (%2).</source>
        <translation>Too many requests; try again at %1 (%2).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApprovalQueue</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApprovalTray</name>
    <message>
        <source>WalletDesk: no request waiting for approval</source>
        <translation>WalletDesk: no request waiting for approval</translation>
    </message>
    <message numerus="yes">
        <source>WalletDesk: %n request(s) waiting for approval</source>
        <translation>
            <numerusform>WalletDesk: %n request(s) waiting for approval</numerusform>
            <numerusform>WalletDesk: %n request(s) waiting for approval</numerusform>
        </translation>
    </message>
    <message>
        <source>Approval needed</source>
        <translation>Approval needed</translation>
    </message>
    <message numerus="yes">
        <source>%n new request(s) need approval</source>
        <translation>
            <numerusform>%n new request(s) need approval</numerusform>
            <numerusform>%n new request(s) need approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalletDesk::ApprovalsView</name>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>SMS code to %1</source>
        <translation>SMS code to %1</translation>
    </message>
    <message>
        <source>security question</source>
        <translation>security question</translation>
    </message>
    <message>
        <source>%1, verified %2</source>
        <translation>%1, verified %2</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>not verified</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) waiting for a second person.</source>
        <translation>
            <numerusform>%n request(s) waiting for a second person.</numerusform>
            <numerusform>%n request(s) waiting for a second person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Why? The agent sees this reason, and it goes into the audit log.</source>
        <translation>Why? The agent sees this reason, and it goes into the audit log.</translation>
    </message>
    <message>
        <source>Select a request first.</source>
        <translation>Select a request first.</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Agent&apos;s reason</source>
        <translation>Agent&apos;s reason</translation>
    </message>
    <message>
        <source>Caller verification</source>
        <translation>Caller verification</translation>
    </message>
    <message>
        <source>Requests waiting for approval</source>
        <translation>Requests waiting for approval</translation>
    </message>
    <message>
        <source>A&amp;pprove…</source>
        <translation>A&amp;pprove…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>Re&amp;ject…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>%1 · check the risk</source>
        <translation>%1 · check the risk</translation>
    </message>
    <message>
        <source>Select a request to see the account&apos;s risk context.</source>
        <translation>Select a request to see the account&apos;s risk context.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Risk context of the selected request</source>
        <translation>Risk context of the selected request</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Agent no. %1</source>
        <translation>Agent no. %1</translation>
    </message>
    <message>
        <source>Account no. %1</source>
        <translation>Account no. %1</translation>
    </message>
    <message>
        <source>A call (time unknown)</source>
        <translation>A call (time unknown)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::AuditView</name>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Export the audit log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n entries</source>
        <translation>
            <numerusform>Exporting… %n entries</numerusform>
            <numerusform>Exporting… %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entries exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Filter by account number</source>
        <translation>Filter by account number</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>Apply the filter</translation>
    </message>
    <message>
        <source>Export the filtered audit log as CSV</source>
        <translation>Export the filtered audit log as CSV</translation>
    </message>
    <message>
        <source>Audit log, newest first</source>
        <translation>Audit log, newest first</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>Account no. %1</source>
        <translation>Account no. %1</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>A&amp;gent</source>
        <translation>A&amp;gent</translation>
    </message>
    <message>
        <source>Acco&amp;unt</source>
        <translation>Acco&amp;unt</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>Ac&amp;tion</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>T&amp;o</translation>
    </message>
    <message>
        <source>8800…0001 or the full number</source>
        <translation>8800…0001 or the full number</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CalendarAdmin</name>
    <message>
        <source>The calendar from the server cannot be read (%1).</source>
        <translation>The calendar from the server cannot be read (%1).</translation>
    </message>
    <message>
        <source>Calendar %1 saved: %2 holidays, %3 make-up working days.</source>
        <translation>Calendar %1 saved: %2 holidays, %3 make-up working days.</translation>
    </message>
    <message>
        <source>Deadline policy saved. Complaints already logged keep their deadlines.</source>
        <translation>Deadline policy saved. Complaints already logged keep their deadlines.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CalendarView</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Holidays and make-up working days</source>
        <translation>Holidays and make-up working days</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Chan&amp;ge row</source>
        <translation>Chan&amp;ge row</translation>
    </message>
    <message>
        <source>&amp;Remove row</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>Unsaved changes to %1.</source>
        <translation>Unsaved changes to %1.</translation>
    </message>
    <message>
        <source>Loading the calendar…</source>
        <translation>Loading the calendar…</translation>
    </message>
    <message>
        <source>%1 is not in %2.</source>
        <translation>%1 is not in %2.</translation>
    </message>
    <message>
        <source>Give the day a name (1 to 40 characters).</source>
        <translation>Give the day a name (1 to 40 characters).</translation>
    </message>
    <message>
        <source>%1 is in the table already: select it and change it.</source>
        <translation>%1 is in the table already: select it and change it.</translation>
    </message>
    <message>
        <source>A year holds at most %1 days.</source>
        <translation>A year holds at most %1 days.</translation>
    </message>
    <message>
        <source>Select the row to change.</source>
        <translation>Select the row to change.</translation>
    </message>
    <message>
        <source>The date must be in %1 and the name 1 to 40 characters.</source>
        <translation>The date must be in %1 and the name 1 to 40 characters.</translation>
    </message>
    <message>
        <source>%1 is in the table already.</source>
        <translation>%1 is in the table already.</translation>
    </message>
    <message>
        <source>The calendar has not been loaded yet.</source>
        <translation>The calendar has not been loaded yet.</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Saving %1…</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>added: %1</translation>
    </message>
    <message>
        <source>changed: %1 (was %2)</source>
        <translation>changed: %1 (was %2)</translation>
    </message>
    <message>
        <source>removed: %1</source>
        <translation>removed: %1</translation>
    </message>
    <message>
        <source>Someone else saved the reference data meanwhile (not the %1 calendar). Save again to apply your table.</source>
        <translation>Someone else saved the reference data meanwhile (not the %1 calendar). Save again to apply your table.</translation>
    </message>
    <message>
        <source>Someone else changed the %1 calendar meanwhile:
%2

Your table is kept. Save again to replace theirs with it, or Reload to take theirs.</source>
        <translation>Someone else changed the %1 calendar meanwhile:
%2

Your table is kept. Save again to replace theirs with it, or Reload to take theirs.</translation>
    </message>
    <message>
        <source>Calendar changed meanwhile</source>
        <translation>Calendar changed meanwhile</translation>
    </message>
    <message>
        <source>%1 calendar: %2</source>
        <translation>%1 calendar: %2</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallGuidePanel</name>
    <message>
        <source>Needs your attention</source>
        <translation>Needs your attention</translation>
    </message>
    <message>
        <source>Call guide</source>
        <translation>Call guide</translation>
    </message>
    <message>
        <source>Call &amp;reason</source>
        <translation>Call &amp;reason</translation>
    </message>
    <message>
        <source>Call reason</source>
        <translation>Call reason</translation>
    </message>
    <message>
        <source>Checklist; Space ticks a step into the notes</source>
        <translation>Checklist; Space ticks a step into the notes</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallLinePanel</name>
    <message>
        <source>&amp;Waiting calls (Enter takes one; Ctrl+Shift+H the next):</source>
        <translation>&amp;Waiting calls (Enter takes one; Ctrl+Shift+H the next):</translation>
    </message>
    <message>
        <source>Waiting calls</source>
        <translation>Waiting calls</translation>
    </message>
    <message>
        <source>Call time %1</source>
        <translation>Call time %1</translation>
    </message>
    <message>
        <source>manual call</source>
        <translation>manual call</translation>
    </message>
    <message>
        <source>On hold %1 · %2</source>
        <translation>On hold %1 · %2</translation>
    </message>
    <message>
        <source>Queued %1 · %2</source>
        <translation>Queued %1 · %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallSession</name>
    <message>
        <source>The call notes could not be saved on this computer: %1</source>
        <translation>The call notes could not be saved on this computer: %1</translation>
    </message>
    <message>
        <source>The call was not ended: its record could not be queued (%1).</source>
        <translation>The call was not ended: its record could not be queued (%1).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbackDialog</name>
    <message>
        <source>Schedule a callback</source>
        <translation>Schedule a callback</translation>
    </message>
    <message>
        <source>What the customer is waiting for</source>
        <translation>What the customer is waiting for</translation>
    </message>
    <message>
        <source>In 30 minutes</source>
        <translation>In 30 minutes</translation>
    </message>
    <message>
        <source>In 1 hour</source>
        <translation>In 1 hour</translation>
    </message>
    <message>
        <source>In 2 hours</source>
        <translation>In 2 hours</translation>
    </message>
    <message>
        <source>Tomorrow at 10:00</source>
        <translation>Tomorrow at 10:00</translation>
    </message>
    <message>
        <source>At the time below</source>
        <translation>At the time below</translation>
    </message>
    <message>
        <source>&amp;Number to call</source>
        <translation>&amp;Number to call</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>none (no account open)</source>
        <translation>none (no account open)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Time (%1)</source>
        <translation>&amp;Time (%1)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbackReminder</name>
    <message>
        <source>Callback due</source>
        <translation>Callback due</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>&amp;Call now</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>In &amp;10 minutes</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Callback moved to 10 minutes from now.</source>
        <translation>Callback moved to 10 minutes from now.</translation>
    </message>
    <message>
        <source>Callback marked done.</source>
        <translation>Callback marked done.</translation>
    </message>
    <message>
        <source>Callback due at %1 (%3): %2</source>
        <translation>Callback due at %1 (%3): %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbackService</name>
    <message>
        <source>The callback time has already passed.</source>
        <translation>The callback time has already passed.</translation>
    </message>
    <message numerus="yes">
        <source>A callback can be scheduled at most %n days ahead.</source>
        <translation>
            <numerusform>A callback can be scheduled at most %n days ahead.</numerusform>
            <numerusform>A callback can be scheduled at most %n days ahead.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>&quot;%1&quot; is not a phone number.</translation>
    </message>
    <message>
        <source>Say why the customer is to be called back.</source>
        <translation>Say why the customer is to be called back.</translation>
    </message>
    <message numerus="yes">
        <source>The reason is too long (at most %n characters).</source>
        <translation>
            <numerusform>The reason is too long (at most %n characters).</numerusform>
            <numerusform>The reason is too long (at most %n characters).</numerusform>
        </translation>
    </message>
    <message>
        <source>This callback has not reached the server yet; change it once it has been sent.</source>
        <translation>This callback has not reached the server yet; change it once it has been sent.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallbacksView</name>
    <message>
        <source>Callbacks</source>
        <translation>Callbacks</translation>
    </message>
    <message>
        <source>Scheduled callbacks</source>
        <translation>Scheduled callbacks</translation>
    </message>
    <message>
        <source>Due at</source>
        <translation>Due at</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>&amp;Call now</source>
        <translation>&amp;Call now</translation>
    </message>
    <message>
        <source>In &amp;10 minutes</source>
        <translation>In &amp;10 minutes</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Ca&amp;ncel callback</source>
        <translation>Ca&amp;ncel callback</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>%1 · due</source>
        <translation>%1 · due</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <source>&amp;Scheduled callbacks, earliest first (times are %1):</source>
        <translation>&amp;Scheduled callbacks, earliest first (times are %1):</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CallerActions</name>
    <message>
        <source>Not available offline: verification and account actions need the server. WalletDesk keeps trying to reconnect.</source>
        <translation>Not available offline: verification and account actions need the server. WalletDesk keeps trying to reconnect.</translation>
    </message>
    <message>
        <source>Verify the caller first: %1</source>
        <translation>Verify the caller first: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CardsTab</name>
    <message>
        <source>Linked bank cards</source>
        <translation>Linked bank cards</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Card number</source>
        <translation>Card number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Linked on</source>
        <translation>Linked on</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Credit</translation>
    </message>
    <message>
        <source>Debit</source>
        <translation>Debit</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ChannelComplaintDialog</name>
    <message>
        <source>The customer wants &amp;no text messages</source>
        <translation>The customer wants &amp;no text messages</translation>
    </message>
    <message>
        <source>Log a complaint from another channel</source>
        <translation>Log a complaint from another channel</translation>
    </message>
    <message>
        <source>No account linked</source>
        <translation>No account linked</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>e.g. working days 9:00–18:00</source>
        <translation>e.g. working days 9:00–18:00</translation>
    </message>
    <message>
        <source>the number to call and text back</source>
        <translation>the number to call and text back</translation>
    </message>
    <message>
        <source>phone, account number or e-mail</source>
        <translation>phone, account number or e-mail</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>Find the &amp;account:</source>
        <translation>Find the &amp;account:</translation>
    </message>
    <message>
        <source>Call&amp;back number:</source>
        <translation>Call&amp;back number:</translation>
    </message>
    <message>
        <source>&amp;Preferred time:</source>
        <translation>&amp;Preferred time:</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;What happened:</translation>
    </message>
    <message>
        <source>Find the account</source>
        <translation>Find the account</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Attach evidence</translation>
    </message>
    <message>
        <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Images and PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>No account found.</source>
        <translation>No account found.</translation>
    </message>
    <message>
        <source>%1 accounts found; check the one linked.</source>
        <translation>%1 accounts found; check the one linked.</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Say what happened.</translation>
    </message>
    <message>
        <source>The callback number must be a phone number: 5 to 20 digits.</source>
        <translation>The callback number must be a phone number: 5 to 20 digits.</translation>
    </message>
    <message>
        <source>Link the account or give a callback number: the customer must hear back.</source>
        <translation>Link the account or give a callback number: the customer must hear back.</translation>
    </message>
    <message>
        <source>Add f&amp;iles…</source>
        <translation>Add f&amp;iles…</translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation>Re&amp;move file</translation>
    </message>
    <message>
        <source>&amp;Linked account:</source>
        <translation>&amp;Linked account:</translation>
    </message>
    <message>
        <source>&amp;Text messages in:</source>
        <translation>&amp;Text messages in:</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;request:</source>
        <translation>Customer&apos;s &amp;request:</translation>
    </message>
    <message>
        <source>Evi&amp;dence (PNG, JPEG, PDF up to 5 MiB):</source>
        <translation>Evi&amp;dence (PNG, JPEG, PDF up to 5 MiB):</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ChannelComplaints</name>
    <message>
        <source>%1 is larger than 5 MiB.</source>
        <translation>%1 is larger than 5 MiB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 is empty or larger than 5 MiB.</source>
        <translation>%1 is empty or larger than 5 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a PNG or JPEG image or a PDF document.</source>
        <translation>%1 is not a PNG or JPEG image or a PDF document.</translation>
    </message>
    <message>
        <source>The complaint could not be queued.</source>
        <translation>The complaint could not be queued.</translation>
    </message>
    <message>
        <source>%1 was not attached (%2). The file is still at %3; attach it again.</source>
        <translation>%1 was not attached (%2). The file is still at %3; attach it again.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintDesk</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
    <message>
        <source>The file %1 arrived damaged; nothing was saved.</source>
        <translation>The file %1 arrived damaged; nothing was saved.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintDialog</name>
    <message>
        <source>Log a complaint</source>
        <translation>Log a complaint</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>C&amp;ategory</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Severity</translation>
    </message>
    <message>
        <source>Linked transaction</source>
        <translation>Linked transaction</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;What happened</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Queue complaint</source>
        <translation>Queue complaint</translation>
    </message>
    <message>
        <source>#%1 (selected in the log)</source>
        <translation>#%1 (selected in the log)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>The lists of channels and categories have not arrived from the server yet.</source>
        <translation>The lists of channels and categories have not arrived from the server yet.</translation>
    </message>
    <message>
        <source>Customer&apos;s &amp;request</source>
        <translation>Customer&apos;s &amp;request</translation>
    </message>
    <message>
        <source>Choose a category from the list.</source>
        <translation>Choose a category from the list.</translation>
    </message>
    <message>
        <source>Customer&apos;s request</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <source>Acknowledge by %1; resolve by %2 (%3).</source>
        <translation>Acknowledge by %1; resolve by %2 (%3).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintListModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>%1 · overdue</source>
        <translation>%1 · overdue</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · due today</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>resolved</translation>
    </message>
    <message>
        <source>%1 d left</source>
        <translation>%1 d left</translation>
    </message>
    <message>
        <source>%1 h left</source>
        <translation>%1 h left</translation>
    </message>
    <message>
        <source>overdue by %1 d</source>
        <translation>overdue by %1 d</translation>
    </message>
    <message>
        <source>overdue by %1 h</source>
        <translation>overdue by %1 h</translation>
    </message>
    <message>
        <source>no account</source>
        <translation>no account</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Time left</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintQueueView</name>
    <message>
        <source>Save filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <source>Name for this filter:</source>
        <translation>Name for this filter:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>Assign the complaint to:</source>
        <translation>Assign the complaint to:</translation>
    </message>
    <message>
        <source>Why escalate?</source>
        <translation>Why escalate?</translation>
    </message>
    <message>
        <source>The note (it cannot be edited later):</source>
        <translation>The note (it cannot be edited later):</translation>
    </message>
    <message>
        <source>Why reopen?</source>
        <translation>Why reopen?</translation>
    </message>
    <message>
        <source>Why extend the deadline? (once only)</source>
        <translation>Why extend the deadline? (once only)</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>What was done for the customer:</source>
        <translation>What was done for the customer:</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>What happened: %1</translation>
    </message>
    <message>
        <source>The customer wants: %1</source>
        <translation>The customer wants: %1</translation>
    </message>
    <message>
        <source>Resolved: %1 — %2</source>
        <translation>Resolved: %1 — %2</translation>
    </message>
    <message>
        <source>Someone else changed complaint #%1 while you were looking at it.

Their version now:
%2

What you saw:
%3

Apply your change (%4) to their version, or keep theirs?</source>
        <translation>Someone else changed complaint #%1 while you were looking at it.

Their version now:
%2

What you saw:
%3

Apply your change (%4) to their version, or keep theirs?</translation>
    </message>
    <message>
        <source>Kept their version of complaint #%1; your change was not sent.</source>
        <translation>Kept their version of complaint #%1; your change was not sent.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Apply my change to their version</source>
        <translation>Apply my change to their version</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Keep theirs</translation>
    </message>
    <message>
        <source>Select a complaint first.</source>
        <translation>Select a complaint first.</translation>
    </message>
    <message>
        <source>The complaint is resolved; reopen it first.</source>
        <translation>The complaint is resolved; reopen it first.</translation>
    </message>
    <message>
        <source>Already escalated.</source>
        <translation>Already escalated.</translation>
    </message>
    <message>
        <source>Already resolved.</source>
        <translation>Already resolved.</translation>
    </message>
    <message>
        <source>Only a resolved complaint can be reopened.</source>
        <translation>Only a resolved complaint can be reopened.</translation>
    </message>
    <message>
        <source>The deadline can be extended once, and not after resolving.</source>
        <translation>The deadline can be extended once, and not after resolving.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Save filter…</source>
        <translation>Save filter…</translation>
    </message>
    <message>
        <source>&amp;Assign…</source>
        <translation>&amp;Assign…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Escalate…</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation>&amp;Resolve…</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation>E&amp;xtend deadline…</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <source>Filter by channel</source>
        <translation>Filter by channel</translation>
    </message>
    <message>
        <source>Filter by agent</source>
        <translation>Filter by agent</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Complaint queue, earliest deadline first</source>
        <translation>Complaint queue, earliest deadline first</translation>
    </message>
    <message>
        <source>Timeline of the complaint</source>
        <translation>Timeline of the complaint</translation>
    </message>
    <message>
        <source>Select a complaint to see its timeline.</source>
        <translation>Select a complaint to see its timeline.</translation>
    </message>
    <message>
        <source>Reo&amp;pen…</source>
        <translation>Reo&amp;pen…</translation>
    </message>
    <message>
        <source>agent %1</source>
        <translation>agent %1</translation>
    </message>
    <message>
        <source>logged the complaint (%1)</source>
        <translation>logged the complaint (%1)</translation>
    </message>
    <message>
        <source>edited the complaint</source>
        <translation>edited the complaint</translation>
    </message>
    <message>
        <source>added a note: %1</source>
        <translation>added a note: %1</translation>
    </message>
    <message>
        <source>assigned the complaint to %1</source>
        <translation>assigned the complaint to %1</translation>
    </message>
    <message>
        <source>escalated the complaint: %1</source>
        <translation>escalated the complaint: %1</translation>
    </message>
    <message>
        <source>resolved the complaint: %1</source>
        <translation>resolved the complaint: %1</translation>
    </message>
    <message>
        <source>reopened the complaint: %1</source>
        <translation>reopened the complaint: %1</translation>
    </message>
    <message>
        <source>extended the deadline: %1</source>
        <translation>extended the deadline: %1</translation>
    </message>
    <message>
        <source>attached the file %1</source>
        <translation>attached the file %1</translation>
    </message>
    <message>
        <source>the acknowledgement text</source>
        <translation>the acknowledgement text</translation>
    </message>
    <message>
        <source>the resolution text</source>
        <translation>the resolution text</translation>
    </message>
    <message>
        <source>%1 %2 was sent to %3</source>
        <translation>%1 %2 was sent to %3</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: the customer wants no text messages</source>
        <translation>%1 %2 was not sent: the customer wants no text messages</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: %3 has had too many texts this hour</source>
        <translation>%1 %2 was not sent: %3 has had too many texts this hour</translation>
    </message>
    <message>
        <source>%1 %2 was not sent: no number to text</source>
        <translation>%1 %2 was not sent: no number to text</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 saved as %2.</source>
        <translation>%1 saved as %2.</translation>
    </message>
    <message>
        <source>Save the evidence</source>
        <translation>Save the evidence</translation>
    </message>
    <message>
        <source>Complaint #%1 is logged.</source>
        <translation>Complaint #%1 is logged.</translation>
    </message>
    <message>
        <source>%1 is attached to complaint #%2.</source>
        <translation>%1 is attached to complaint #%2.</translation>
    </message>
    <message>
        <source>Complaint #%1 saved.</source>
        <translation>Complaint #%1 saved.</translation>
    </message>
    <message>
        <source>The complaint is queued; it shows here once the server has it, with its files.</source>
        <translation>The complaint is queued; it shows here once the server has it, with its files.</translation>
    </message>
    <message>
        <source>%1 (%2 KiB) from %3, %4</source>
        <translation>%1 (%2 KiB) from %3, %4</translation>
    </message>
    <message>
        <source>Complaint #%1: %2, %3, by %4; due %5 (%6).</source>
        <translation>Complaint #%1: %2, %3, by %4; due %5 (%6).</translation>
    </message>
    <message>
        <source>Not assigned yet.</source>
        <translation>Not assigned yet.</translation>
    </message>
    <message>
        <source>No account linked.</source>
        <translation>No account linked.</translation>
    </message>
    <message>
        <source>Account %1.</source>
        <translation>Account %1.</translation>
    </message>
    <message>
        <source>Call back on %1.</source>
        <translation>Call back on %1.</translation>
    </message>
    <message>
        <source>Call back on %1, %2.</source>
        <translation>Call back on %1, %2.</translation>
    </message>
    <message>
        <source>Preferred time: %1.</source>
        <translation>Preferred time: %1.</translation>
    </message>
    <message>
        <source>The customer wants no text messages.</source>
        <translation>The customer wants no text messages.</translation>
    </message>
    <message>
        <source>Call %1; transactions: %2.</source>
        <translation>Call %1; transactions: %2.</translation>
    </message>
    <message>
        <source>%1 the complaint was logged</source>
        <translation>%1 the complaint was logged</translation>
    </message>
    <message>
        <source>%1 %2 wrote a note: %3</source>
        <translation>%1 %2 wrote a note: %3</translation>
    </message>
    <message>
        <source>The complaint has no files.</source>
        <translation>The complaint has no files.</translation>
    </message>
    <message>
        <source>Open complaints</source>
        <translation>Open complaints</translation>
    </message>
    <message>
        <source>All, resolved ones too</source>
        <translation>All, resolved ones too</translation>
    </message>
    <message>
        <source>Evidence files of the complaint</source>
        <translation>Evidence files of the complaint</translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation>&amp;Download…</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Download</translation>
    </message>
    <message>
        <source>&amp;Log complaint…</source>
        <translation>&amp;Log complaint…</translation>
    </message>
    <message>
        <source>Log a complaint from another channel</source>
        <translation>Log a complaint from another channel</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Handled by %1.</source>
        <translation>Handled by %1.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Handled by</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintReports</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ComplaintService</name>
    <message>
        <source>Nothing was queued: %1 Try again; what you typed is still here.</source>
        <translation>Nothing was queued: %1 Try again; what you typed is still here.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ConsoleCore</name>
    <message>
        <source>The local cache was rebuilt because %1. %2 unsent items and %3 note drafts were kept; the old file is at %4.</source>
        <translation>The local cache was rebuilt because %1. %2 unsent items and %3 note drafts were kept; the old file is at %4.</translation>
    </message>
    <message>
        <source>Customer data cached on this computer could not all be deleted: %1</source>
        <translation>Customer data cached on this computer could not all be deleted: %1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::CredentialStore</name>
    <message>
        <source>no keychain is available on this computer (%1)</source>
        <translation>no keychain is available on this computer (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>the keychain refused access (%1)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::DashboardView</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Agent %1</source>
        <translation>Agent %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Resolved within 1 working day</source>
        <translation>Resolved within 1 working day</translation>
    </message>
    <message>
        <source>Resolved within 1–3 working days</source>
        <translation>Resolved within 1–3 working days</translation>
    </message>
    <message>
        <source>Acknowledged late</source>
        <translation>Acknowledged late</translation>
    </message>
    <message>
        <source>Resolved late or overdue</source>
        <translation>Resolved late or overdue</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>By status</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>By channel</translation>
    </message>
    <message>
        <source>By agent</source>
        <translation>By agent</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Complaints received in %1</source>
        <translation>Complaints received in %1</translation>
    </message>
    <message>
        <source>Handled (resolved)</source>
        <translation>Handled (resolved)</translation>
    </message>
    <message>
        <source>Resolved after the deadline, or still open past it</source>
        <translation>Resolved after the deadline, or still open past it</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type: %1</translation>
    </message>
    <message>
        <source>Choose a period and press Show.</source>
        <translation>Choose a period and press Show.</translation>
    </message>
    <message>
        <source>%1 complaints, %2 resolved; within 1 working day %3, within 1–3 working days %4; acknowledged late %5, resolved late or overdue %6.</source>
        <translation>%1 complaints, %2 resolved; within 1 working day %3, within 1–3 working days %4; acknowledged late %5, resolved late or overdue %6.</translation>
    </message>
    <message>
        <source>Complaints per day</source>
        <translation>Complaints per day</translation>
    </message>
    <message>
        <source>Per agent</source>
        <translation>Per agent</translation>
    </message>
    <message>
        <source>Export the disclosure table</source>
        <translation>Export the disclosure table</translation>
    </message>
    <message>
        <source>Export the dashboard figures</source>
        <translation>Export the dashboard figures</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Disclosure &amp;year</source>
        <translation>Disclosure &amp;year</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Disclosure year</source>
        <translation>Disclosure year</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Figures of the period</translation>
    </message>
    <message>
        <source>Show y&amp;ear</source>
        <translation>Show y&amp;ear</translation>
    </message>
    <message>
        <source>%1 to %2: %3</source>
        <translation>%1 to %2: %3</translation>
    </message>
    <message>
        <source>%1. Every other day: 0.</source>
        <translation>%1. Every other day: 0.</translation>
    </message>
    <message>
        <source>Choose a year and press Show year.</source>
        <translation>Choose a year and press Show year.</translation>
    </message>
    <message>
        <source>Complaints disclosure table for %1</source>
        <translation>Complaints disclosure table for %1</translation>
    </message>
    <message>
        <source>E&amp;xport figures CSV…</source>
        <translation>E&amp;xport figures CSV…</translation>
    </message>
    <message>
        <source>Export &amp;table CSV…</source>
        <translation>Export &amp;table CSV…</translation>
    </message>
    <message>
        <source>Day (%1)</source>
        <translation>Day (%1)</translation>
    </message>
    <message>
        <source>Complaints disclosure for %1 (1 January to 31 December, %2)</source>
        <translation>Complaints disclosure for %1 (1 January to 31 December, %2)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::DesktopNotifier</name>
    <message>
        <source>Open approvals</source>
        <translation>Open approvals</translation>
    </message>
</context>
<context>
    <name>WalletDesk::HolidayImportDialog</name>
    <message>
        <source>Import the %1 calendar</source>
        <translation>Import the %1 calendar</translation>
    </message>
    <message>
        <source>Paste the holidays of %1, one line each:
2027-02-16 春节 休  (a day off; also 放假)
2027-02-07 春节 班  (a make-up working day; also 上班)
2027-02-15 至 2027-02-21 春节 放假  (days off; weekends in a range are skipped)
Lines starting with # are ignored.</source>
        <translation>Paste the holidays of %1, one line each:
2027-02-16 春节 休  (a day off; also 放假)
2027-02-07 春节 班  (a make-up working day; also 上班)
2027-02-15 至 2027-02-21 春节 放假  (days off; weekends in a range are skipped)
Lines starting with # are ignored.</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;List</translation>
    </message>
    <message>
        <source>List of holidays</source>
        <translation>List of holidays</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>Replace the year&apos;s rows</source>
        <translation>Replace the year&apos;s rows</translation>
    </message>
    <message>
        <source>%1 is not in %2: import each year on its own.</source>
        <translation>%1 is not in %2: import each year on its own.</translation>
    </message>
    <message>
        <source>They replace the rows of %1 in the table; save there.</source>
        <translation>They replace the rows of %1 in the table; save there.</translation>
    </message>
    <message>
        <source>Holiday name</source>
        <translation>Holiday name</translation>
    </message>
</context>
<context>
    <name>WalletDesk::MainWindow</name>
    <message>
        <source>Idle lock in %1:%2</source>
        <translation>Idle lock in %1:%2</translation>
    </message>
    <message>
        <source>WalletDesk</source>
        <translation>WalletDesk</translation>
    </message>
    <message>
        <source>Search [Ctrl+K]: phone, name, e-mail, account, order number, card last 4</source>
        <translation>Search [Ctrl+K]: phone, name, e-mail, account, order number, card last 4</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Search accounts</translation>
    </message>
    <message>
        <source>Current call</source>
        <translation>Current call</translation>
    </message>
    <message>
        <source>Caller %1 (a caller number is a hint, not proof of identity)</source>
        <translation>Caller %1 (a caller number is a hint, not proof of identity)</translation>
    </message>
    <message>
        <source>No call. Type in the search box to look up an account.</source>
        <translation>No call. Type in the search box to look up an account.</translation>
    </message>
    <message>
        <source>Candidate accounts</source>
        <translation>Candidate accounts</translation>
    </message>
    <message>
        <source>&amp;Notes (saved automatically)</source>
        <translation>&amp;Notes (saved automatically)</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>Call notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Verification level</source>
        <translation>Verification level</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>Failed sign-ins (24 h)</source>
        <translation>Failed sign-ins (24 h)</translation>
    </message>
    <message>
        <source>Lock reason</source>
        <translation>Lock reason</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>No account open</source>
        <translation>No account open</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Needs attention: %1</source>
        <translation>Needs attention: %1</translation>
    </message>
    <message>
        <source>Unsent %1</source>
        <translation>Unsent %1</translation>
    </message>
    <message>
        <source>Account data: live</source>
        <translation>Account data: live</translation>
    </message>
    <message numerus="yes">
        <source>Account data: %n min old</source>
        <translation>
            <numerusform>Account data: %n min old</numerusform>
            <numerusform>Account data: %n min old</numerusform>
        </translation>
    </message>
    <message>
        <source>Complaint #%1 sent; the deadline clock runs.</source>
        <translation>Complaint #%1 sent; the deadline clock runs.</translation>
    </message>
    <message>
        <source>Complaint logged.</source>
        <translation>Complaint logged.</translation>
    </message>
    <message>
        <source>Complaint queued; it is sent as soon as the server can be reached.</source>
        <translation>Complaint queued; it is sent as soon as the server can be reached.</translation>
    </message>
    <message>
        <source>Call ended; its record is queued.</source>
        <translation>Call ended; its record is queued.</translation>
    </message>
    <message>
        <source>WalletDesk is locked</source>
        <translation>WalletDesk is locked</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Security</translation>
    </message>
    <message>
        <source>C&amp;ards</source>
        <translation>C&amp;ards</translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation>&amp;Transactions</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;y</translation>
    </message>
    <message>
        <source>Approvals and complaints…</source>
        <translation>Approvals and complaints…</translation>
    </message>
    <message>
        <source>&amp;WalletDesk</source>
        <translation>&amp;WalletDesk</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Sign out</translation>
    </message>
    <message>
        <source>&amp;Quit (signs out)</source>
        <translation>&amp;Quit (signs out)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) you wrote have not reached the server yet. They stay on this computer and are sent when %1 signs in here again.</source>
        <translation>
            <numerusform>%n item(s) you wrote have not reached the server yet. They stay on this computer and are sent when %1 signs in here again.</numerusform>
            <numerusform>%n item(s) you wrote have not reached the server yet. They stay on this computer and are sent when %1 signs in here again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit WalletDesk</source>
        <translation>Quit WalletDesk</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>Quitting signs you out. Sign out and quit now?</source>
        <translation>Quitting signs you out. Sign out and quit now?</translation>
    </message>
    <message>
        <source>Sign out now?</source>
        <translation>Sign out now?</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>Sign out and &amp;quit</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Signing out…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Notes of an unfinished call from %1 were restored. Wrap it up with Alt+E.</source>
        <translation>Notes of an unfinished call from %1 were restored. Wrap it up with Alt+E.</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished call(s) are on hold (Ctrl+Shift+H).</source>
        <translation>
            <numerusform>%n more unfinished call(s) are on hold (Ctrl+Shift+H).</numerusform>
            <numerusform>%n more unfinished call(s) are on hold (Ctrl+Shift+H).</numerusform>
        </translation>
    </message>
    <message>
        <source>Call on hold. Ctrl+Shift+H takes it back.</source>
        <translation>Call on hold. Ctrl+Shift+H takes it back.</translation>
    </message>
    <message>
        <source>No call is waiting.</source>
        <translation>No call is waiting.</translation>
    </message>
    <message>
        <source>No live call. Take a waiting call below, or start one with Ctrl+N.</source>
        <translation>No live call. Take a waiting call below, or start one with Ctrl+N.</translation>
    </message>
    <message>
        <source>Call without a caller number: search for the account.</source>
        <translation>Call without a caller number: search for the account.</translation>
    </message>
    <message>
        <source>Ca&amp;ll</source>
        <translation>Ca&amp;ll</translation>
    </message>
    <message>
        <source>&amp;New call without a number</source>
        <translation>&amp;New call without a number</translation>
    </message>
    <message>
        <source>&amp;Hold the call</source>
        <translation>&amp;Hold the call</translation>
    </message>
    <message>
        <source>Take the next &amp;waiting call</source>
        <translation>Take the next &amp;waiting call</translation>
    </message>
    <message>
        <source>Another call</source>
        <translation>Another call</translation>
    </message>
    <message>
        <source>a call without a number</source>
        <translation>a call without a number</translation>
    </message>
    <message>
        <source>%1 is calling while you are on the call with %2.</source>
        <translation>%1 is calling while you are on the call with %2.</translation>
    </message>
    <message>
        <source>A held call keeps its notes, verification and requests.</source>
        <translation>A held call keeps its notes, verification and requests.</translation>
    </message>
    <message>
        <source>&amp;Hold this call and answer</source>
        <translation>&amp;Hold this call and answer</translation>
    </message>
    <message>
        <source>&amp;Queue the new call</source>
        <translation>&amp;Queue the new call</translation>
    </message>
    <message>
        <source>%1 is waiting. Ctrl+Shift+H takes the call.</source>
        <translation>%1 is waiting. Ctrl+Shift+H takes the call.</translation>
    </message>
    <message>
        <source>Call started without a number: search for the account.</source>
        <translation>Call started without a number: search for the account.</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) waiting: Enter takes the one selected.</source>
        <translation>
            <numerusform>%n call(s) waiting: Enter takes the one selected.</numerusform>
            <numerusform>%n call(s) waiting: Enter takes the one selected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) still open and not wrapped up (live, held or queued): they get no call record, and their notes are deleted at sign-out. Cancel and end each call first (Alt+E) to keep them.</source>
        <translation>
            <numerusform>%n call(s) still open and not wrapped up (live, held or queued): they get no call record, and their notes are deleted at sign-out. Cancel and end each call first (Alt+E) to keep them.</numerusform>
            <numerusform>%n call(s) still open and not wrapped up (live, held or queued): they get no call record, and their notes are deleted at sign-out. Cancel and end each call first (Alt+E) to keep them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule a &amp;callback…</source>
        <translation>Schedule a &amp;callback…</translation>
    </message>
    <message>
        <source>Call&amp;backs…</source>
        <translation>Call&amp;backs…</translation>
    </message>
    <message>
        <source>Callback: %1</source>
        <translation>Callback: %1</translation>
    </message>
    <message>
        <source>Callback scheduled for %1: %2</source>
        <translation>Callback scheduled for %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n unfinished call(s) restored on hold (Ctrl+Shift+H).</source>
        <translation>
            <numerusform>%n unfinished call(s) restored on hold (Ctrl+Shift+H).</numerusform>
            <numerusform>%n unfinished call(s) restored on hold (Ctrl+Shift+H).</numerusform>
        </translation>
    </message>
    <message>
        <source>The full number of this callback is not on this PC; open it after the next sync.</source>
        <translation>The full number of this callback is not on this PC; open it after the next sync.</translation>
    </message>
    <message>
        <source>Ctrl+K	search (phone, name, e-mail, account, order, card last 4)
Enter	open the selected account
Alt+C / Alt+Q	send a code by SMS / ask the security question
Alt+K	check the caller&apos;s answer
Alt+R	call reason; Tab to the checklist, Space ticks a step into the notes
Alt+N	call notes
Alt+O / S / A / T / Y	overview, security, cards, transactions, history
Alt+D	transaction dates; Alt+X export the filtered log as CSV
Alt+U	unlock    Alt+P	password reset code    Alt+V	sign out devices
Alt+2	two-factor reset (needs a supervisor)
Alt+Z	unfreeze a frozen account (needs a supervisor)
Alt+I / Alt+F	investigate / refund request for the selected transaction
Alt+M	log a complaint    Alt+E	end the call
Ctrl+N	new call without a number    Ctrl+H	hold the call
Ctrl+Shift+H	take the next waiting call
Ctrl+B	schedule a callback    Ctrl+Shift+B	callbacks
Ctrl+Tab	next tab
Ctrl+Shift+L	sign out    Ctrl+Q	quit
F1	this list</source>
        <translation>Ctrl+K	search (phone, name, e-mail, account, order, card last 4)
Enter	open the selected account
Alt+C / Alt+Q	send a code by SMS / ask the security question
Alt+K	check the caller&apos;s answer
Alt+R	call reason; Tab to the checklist, Space ticks a step into the notes
Alt+N	call notes
Alt+O / S / A / T / Y	overview, security, cards, transactions, history
Alt+D	transaction dates; Alt+X export the filtered log as CSV
Alt+U	unlock    Alt+P	password reset code    Alt+V	sign out devices
Alt+2	two-factor reset (needs a supervisor)
Alt+Z	unfreeze a frozen account (needs a supervisor)
Alt+I / Alt+F	investigate / refund request for the selected transaction
Alt+M	log a complaint    Alt+E	end the call
Ctrl+N	new call without a number    Ctrl+H	hold the call
Ctrl+Shift+H	take the next waiting call
Ctrl+B	schedule a callback    Ctrl+Shift+B	callbacks
Ctrl+Tab	next tab
Ctrl+Shift+L	sign out    Ctrl+Q	quit
F1	this list</translation>
    </message>
    <message>
        <source>Supervisor (&amp;J)</source>
        <translation>Supervisor (&amp;J)</translation>
    </message>
    <message>
        <source>Ad&amp;ministration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Staff</translation>
    </message>
    <message>
        <source>Working-day &amp;calendar</source>
        <translation>Working-day &amp;calendar</translation>
    </message>
    <message>
        <source>Deadline &amp;policy</source>
        <translation>Deadline &amp;policy</translation>
    </message>
    <message>
        <source>Callback scheduled for %1 (%2).</source>
        <translation>Callback scheduled for %1 (%2).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::OneTimePasswordDialog</name>
    <message>
        <source>One-time password</source>
        <translation>One-time password</translation>
    </message>
    <message>
        <source>The one-time password for %1 is shown only this once: WalletDesk does not keep it. Give it to them in person; at their first sign-in they must choose their own.</source>
        <translation>The one-time password for %1 is shown only this once: WalletDesk does not keep it. Give it to them in person; at their first sign-in they must choose their own.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::PagedCsvExport</name>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Export stopped after %n rows: %1</source>
        <translation>
            <numerusform>Export stopped after %n rows: %1</numerusform>
            <numerusform>Export stopped after %n rows: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows exported to %1.</source>
        <translation>
            <numerusform>%n rows exported to %1.</numerusform>
            <numerusform>%n rows exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WalletDesk::PasswordChangeDialog</name>
    <message>
        <source>Choose your own password</source>
        <translation>Choose your own password</translation>
    </message>
    <message>
        <source>You signed in with a one-time password. Choose your own before you start: 10 to 200 characters, not only digits, not your username and not the one-time password.</source>
        <translation>You signed in with a one-time password. Choose your own before you start: 10 to 200 characters, not only digits, not your username and not the one-time password.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;New password</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Again</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Set password</translation>
    </message>
    <message>
        <source>The new password is too short: at least 10 characters.</source>
        <translation>The new password is too short: at least 10 characters.</translation>
    </message>
    <message>
        <source>The new password is too long: at most 200 characters.</source>
        <translation>The new password is too long: at most 200 characters.</translation>
    </message>
    <message>
        <source>The new password must not be digits only.</source>
        <translation>The new password must not be digits only.</translation>
    </message>
    <message>
        <source>The new password must not be your username.</source>
        <translation>The new password must not be your username.</translation>
    </message>
    <message>
        <source>The new password must not be the one-time password.</source>
        <translation>The new password must not be the one-time password.</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the same one twice.</source>
        <translation>The two new passwords differ: type the same one twice.</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>Setting the password…</translation>
    </message>
    <message>
        <source>The new password must have characters other than spaces.</source>
        <translation>The new password must have characters other than spaces.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::PolicyForm</name>
    <message>
        <source>How long the call center has for complaints and money movements. Complaints already logged keep the deadlines they were given.</source>
        <translation>How long the call center has for complaints and money movements. Complaints already logged keep the deadlines they were given.</translation>
    </message>
    <message>
        <source>%1 Allowed: %2 to %3.</source>
        <translation>%1 Allowed: %2 to %3.</translation>
    </message>
    <message>
        <source>&amp;Acknowledge within (working days)</source>
        <translation>&amp;Acknowledge within (working days)</translation>
    </message>
    <message>
        <source>A complaint is acknowledged to the customer within this many working days.</source>
        <translation>A complaint is acknowledged to the customer within this many working days.</translation>
    </message>
    <message>
        <source>&amp;Resolve within (calendar days)</source>
        <translation>&amp;Resolve within (calendar days)</translation>
    </message>
    <message>
        <source>A complaint is resolved within this many calendar days.</source>
        <translation>A complaint is resolved within this many calendar days.</translation>
    </message>
    <message>
        <source>&amp;Extended at most to (calendar days)</source>
        <translation>&amp;Extended at most to (calendar days)</translation>
    </message>
    <message>
        <source>With an extension, the resolution deadline is at most this many calendar days; not less than the resolve figure.</source>
        <translation>With an extension, the resolution deadline is at most this many calendar days; not less than the resolve figure.</translation>
    </message>
    <message>
        <source>Wi&amp;thdrawal arrives within (working days)</source>
        <translation>Wi&amp;thdrawal arrives within (working days)</translation>
    </message>
    <message>
        <source>A withdrawal reaches the bank account within this many working days.</source>
        <translation>A withdrawal reaches the bank account within this many working days.</translation>
    </message>
    <message>
        <source>Reversa&amp;l within (working days)</source>
        <translation>Reversa&amp;l within (working days)</translation>
    </message>
    <message>
        <source>A failed payment that was debited is reversed within this many working days.</source>
        <translation>A failed payment that was debited is reversed within this many working days.</translation>
    </message>
    <message>
        <source>Sa&amp;ve policy</source>
        <translation>Sa&amp;ve policy</translation>
    </message>
    <message>
        <source>Reloa&amp;d</source>
        <translation>Reloa&amp;d</translation>
    </message>
    <message>
        <source>The policy has not been loaded yet.</source>
        <translation>The policy has not been loaded yet.</translation>
    </message>
    <message>
        <source>Saving the policy…</source>
        <translation>Saving the policy…</translation>
    </message>
    <message>
        <source>Someone else saved the reference data meanwhile (not the policy). Save again to apply your figures.</source>
        <translation>Someone else saved the reference data meanwhile (not the policy). Save again to apply your figures.</translation>
    </message>
    <message>
        <source>Someone else changed the policy meanwhile: now %1, %2, %3, %4 and %5 days. Your figures are kept: save again to apply them, or Reload to take theirs.</source>
        <translation>Someone else changed the policy meanwhile: now %1, %2, %3, %4 and %5 days. Your figures are kept: save again to apply them, or Reload to take theirs.</translation>
    </message>
    <message>
        <source>Policy changed meanwhile</source>
        <translation>Policy changed meanwhile</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SecurityTab</name>
    <message>
        <source>&amp;Devices</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <source>Recent sign-in attempts (failures in red)</source>
        <translation>Recent sign-in attempts (failures in red)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Recent sign-in attempts</source>
        <translation>Recent sign-in attempts</translation>
    </message>
    <message>
        <source>Lock state</source>
        <translation>Lock state</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Last seen</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Trusted</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>No account open.</source>
        <translation>No account open.</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Locked: %1</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>no reason recorded</translation>
    </message>
    <message>
        <source>Frozen: %1. Only the risk team can lift a freeze.</source>
        <translation>Frozen: %1. Only the risk team can lift a freeze.</translation>
    </message>
    <message>
        <source>Not locked.</source>
        <translation>Not locked.</translation>
    </message>
    <message>
        <source>Failed sign-ins in the last 24 hours: %1. Two-factor sign-in: %2.</source>
        <translation>Failed sign-ins in the last 24 hours: %1. Two-factor sign-in: %2.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Signed in on a device the customer has not marked as trusted.</source>
        <translation>Signed in on a device the customer has not marked as trusted.</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Failed: %1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::Session</name>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: this sign-in is locked for a while. Ask your supervisor if it is urgent.</source>
        <translation>Too many failed sign-ins: this sign-in is locked for a while. Ask your supervisor if it is urgent.</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app.</source>
        <translation>Enter the code from your authenticator app.</translation>
    </message>
    <message>
        <source>The code from your authenticator app is wrong.</source>
        <translation>The code from your authenticator app is wrong.</translation>
    </message>
    <message>
        <source>Your sign-in has ended. Sign in again.</source>
        <translation>Your sign-in has ended. Sign in again.</translation>
    </message>
    <message>
        <source>The server&apos;s answer to the sign-in cannot be read (%1).</source>
        <translation>The server&apos;s answer to the sign-in cannot be read (%1).</translation>
    </message>
    <message>
        <source>Your sign-in cannot be kept in the keychain: %1. You will be asked for your password at every sign-in.</source>
        <translation>Your sign-in cannot be kept in the keychain: %1. You will be asked for your password at every sign-in.</translation>
    </message>
    <message>
        <source>Sign in with your password.</source>
        <translation>Sign in with your password.</translation>
    </message>
    <message>
        <source>Sign in with your password (%1).</source>
        <translation>Sign in with your password (%1).</translation>
    </message>
    <message>
        <source>This sign-in has been disabled. Ask your administrator.</source>
        <translation>This sign-in has been disabled. Ask your administrator.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>The server refused the new password: %1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SignInDialog</name>
    <message>
        <source>Enter your username and password.</source>
        <translation>Enter your username and password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in to WalletDesk</source>
        <translation>Sign in to WalletDesk</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>&amp;One-time code (if you have one)</source>
        <translation>&amp;One-time code (if you have one)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>One-time code</translation>
    </message>
    <message>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The server could not be reached: your session there is ended as soon as WalletDesk reaches it again.</source>
        <translation>Signed out on this computer. The server could not be reached: your session there is ended as soon as WalletDesk reaches it again.</translation>
    </message>
    <message>
        <source>Signed out on this computer. The server could not be reached and there is no keychain to remember that: your session there ends when it expires.</source>
        <translation>Signed out on this computer. The server could not be reached and there is no keychain to remember that: your session there ends when it expires.</translation>
    </message>
    <message>
        <source>Signed out: the password was not changed.</source>
        <translation>Signed out: the password was not changed.</translation>
    </message>
    <message>
        <source>Choose your own password to go on.</source>
        <translation>Choose your own password to go on.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffDialog</name>
    <message>
        <source>New staff member</source>
        <translation>New staff member</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Username</translation>
    </message>
    <message>
        <source>&amp;Display name</source>
        <translation>&amp;Display name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>3 to 32 characters: a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter</source>
        <translation>3 to 32 characters: a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>The username must be 3 to 32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter.</source>
        <translation>The username must be 3 to 32 characters of a-z, 0-9, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>The display name must be 1 to 64 characters.</source>
        <translation>The display name must be 1 to 64 characters.</translation>
    </message>
    <message>
        <source>The display name must not hold control characters.</source>
        <translation>The display name must not hold control characters.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffDirectory</name>
    <message>
        <source>That username is taken (perhaps by a disabled staff member).</source>
        <translation>That username is taken (perhaps by a disabled staff member).</translation>
    </message>
    <message>
        <source>This would leave no enabled administrator.</source>
        <translation>This would leave no enabled administrator.</translation>
    </message>
    <message>
        <source>You cannot disable your own sign-in.</source>
        <translation>You cannot disable your own sign-in.</translation>
    </message>
    <message>
        <source>That sign-in is not locked.</source>
        <translation>That sign-in is not locked.</translation>
    </message>
    <message>
        <source>No two-factor enrolment is waiting for a code.</source>
        <translation>No two-factor enrolment is waiting for a code.</translation>
    </message>
    <message>
        <source>The code does not match: check the phone&apos;s clock and type the code shown now.</source>
        <translation>The code does not match: check the phone&apos;s clock and type the code shown now.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>Only an administrator may do this.</translation>
    </message>
    <message>
        <source>The staff list from the server cannot be read (%1).</source>
        <translation>The staff list from the server cannot be read (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 saved.</translation>
    </message>
    <message>
        <source>%1 is disabled; their sessions have ended.</source>
        <translation>%1 is disabled; their sessions have ended.</translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation>%1 is enabled.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 can sign in again.</translation>
    </message>
    <message>
        <source>Two-factor sign-in removed for %1.</source>
        <translation>Two-factor sign-in removed for %1.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffTableModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Awaiting confirmation</source>
        <translation>Awaiting confirmation</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>; must change password</source>
        <translation>; must change password</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Two-factor sign-in</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>Switched on</translation>
    </message>
    <message>
        <source>On duty</source>
        <translation>On duty</translation>
    </message>
    <message>
        <source>Sign-in locked until %1 (%2)</source>
        <translation>Sign-in locked until %1 (%2)</translation>
    </message>
    <message>
        <source>Last sign-in (%1)</source>
        <translation>Last sign-in (%1)</translation>
    </message>
</context>
<context>
    <name>WalletDesk::StaffView</name>
    <message>
        <source>Filter by username or name</source>
        <translation>Filter by username or name</translation>
    </message>
    <message>
        <source>Filter staff</source>
        <translation>Filter staff</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>R&amp;ole</source>
        <translation>R&amp;ole</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Disable…</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>En&amp;able</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>&amp;Reset password…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Set up &amp;two-factor…</source>
        <translation>Set up &amp;two-factor…</translation>
    </message>
    <message>
        <source>Remo&amp;ve two-factor…</source>
        <translation>Remo&amp;ve two-factor…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>%1 created.</source>
        <translation>%1 created.</translation>
    </message>
    <message>
        <source>New one-time password for %1; their sessions have ended.</source>
        <translation>New one-time password for %1; their sessions have ended.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on for %1.</source>
        <translation>Two-factor sign-in is on for %1.</translation>
    </message>
    <message>
        <source>Someone else changed %1 meanwhile: the display name is now &quot;%2&quot; and the role %3. Your changes are filled in below; save to apply them to this record, or cancel to keep it.</source>
        <translation>Someone else changed %1 meanwhile: the display name is now &quot;%2&quot; and the role %3. Your changes are filled in below; save to apply them to this record, or cancel to keep it.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Disable sign-in</source>
        <translation>Disable sign-in</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end now, on every computer, and they cannot sign in until enabled again.</source>
        <translation>Disable %1? Their sessions end now, on every computer, and they cannot sign in until enabled again.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Disable</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <source>Give %1 a new one-time password? Their password stops working and their sessions end now.</source>
        <translation>Give %1 a new one-time password? Their password stops working and their sessions end now.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Remove two-factor sign-in</source>
        <translation>Remove two-factor sign-in</translation>
    </message>
    <message>
        <source>Remove two-factor sign-in for %1 (a lost phone)? They sign in with their password alone until it is set up again.</source>
        <translation>Remove two-factor sign-in for %1 (a lost phone)? They sign in with their password alone until it is set up again.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SupervisorDesk</name>
    <message>
        <source>WalletDesk — supervisor</source>
        <translation>WalletDesk — supervisor</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <source>Supervisor views</source>
        <translation>Supervisor views</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
</context>
<context>
    <name>WalletDesk::SyncEngine</name>
    <message>
        <source>The server&apos;s list of changes cannot be read.</source>
        <translation>The server&apos;s list of changes cannot be read.</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TotpEnrolDialog</name>
    <message>
        <source>Two-factor sign-in for %1</source>
        <translation>Two-factor sign-in for %1</translation>
    </message>
    <message>
        <source>%1 scans this code with their authenticator app (or types the key below). It is shown only now. Then type the 6-digit code the app shows to switch two-factor sign-in on.</source>
        <translation>%1 scans this code with their authenticator app (or types the key below). It is shown only now. Then type the 6-digit code the app shows to switch two-factor sign-in on.</translation>
    </message>
    <message>
        <source>QR code for the authenticator app</source>
        <translation>QR code for the authenticator app</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;Key</source>
        <translation>&amp;Key</translation>
    </message>
    <message>
        <source>&amp;Code from the app</source>
        <translation>&amp;Code from the app</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Code from the app</source>
        <translation>Code from the app</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Type the 6 digits the app shows.</source>
        <translation>Type the 6 digits the app shows.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Checking the code…</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Secret key</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionExport</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>Merchant or counterparty</source>
        <translation>Merchant or counterparty</translation>
    </message>
    <message>
        <source>Failure reason</source>
        <translation>Failure reason</translation>
    </message>
    <message>
        <source>Money taken</source>
        <translation>Money taken</translation>
    </message>
    <message>
        <source>Reversal due</source>
        <translation>Reversal due</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Expected arrival</source>
        <translation>Expected arrival</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionFeed</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
    <message>
        <source>No transaction has the order number %1.</source>
        <translation>No transaction has the order number %1.</translation>
    </message>
    <message>
        <source>%1 Showing the cached copy.</source>
        <translation>%1 Showing the cached copy.</translation>
    </message>
    <message>
        <source>The server&apos;s answer cannot be read (no export id).</source>
        <translation>The server&apos;s answer cannot be read (no export id).</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Not exported: %1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionListModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>Order number</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merchant / counterparty</source>
        <translation>Merchant / counterparty</translation>
    </message>
    <message>
        <source>debited</source>
        <translation>debited</translation>
    </message>
    <message>
        <source>possible double charge</source>
        <translation>possible double charge</translation>
    </message>
    <message>
        <source>pending too long</source>
        <translation>pending too long</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::TransactionsTab</name>
    <message>
        <source>Select a transaction to see its details.</source>
        <translation>Select a transaction to see its details.</translation>
    </message>
    <message>
        <source>%1 %2 · %3 · fee %4</source>
        <translation>%1 %2 · %3 · fee %4</translation>
    </message>
    <message>
        <source>Merchant: %1</source>
        <translation>Merchant: %1</translation>
    </message>
    <message>
        <source>Failed: %1. Money taken: %2.</source>
        <translation>Failed: %1. Money taken: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Reversal due by %1.</source>
        <translation>Reversal due by %1.</translation>
    </message>
    <message>
        <source>Refund requested.</source>
        <translation>Refund requested.</translation>
    </message>
    <message>
        <source>Refunded.</source>
        <translation>Refunded.</translation>
    </message>
    <message>
        <source>Bank: %1, card %2</source>
        <translation>Bank: %1, card %2</translation>
    </message>
    <message>
        <source>Expected arrival: %1 (working days, public holidays counted).</source>
        <translation>Expected arrival: %1 (working days, public holidays counted).</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Filter by type</source>
        <translation>Filter by type</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>Smallest amount</source>
        <translation>Smallest amount</translation>
    </message>
    <message>
        <source>Largest amount</source>
        <translation>Largest amount</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Transaction details</source>
        <translation>Transaction details</translation>
    </message>
    <message>
        <source>Order %1 belongs to another account, not to the one open.</source>
        <translation>Order %1 belongs to another account, not to the one open.</translation>
    </message>
    <message>
        <source>Not among the rows loaded with this filter.</source>
        <translation>Not among the rows loaded with this filter.</translation>
    </message>
    <message>
        <source>Export transactions</source>
        <translation>Export transactions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exporting… %n rows written</source>
        <translation>
            <numerusform>Exporting… %n rows written</numerusform>
            <numerusform>Exporting… %n rows written</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>Order number, Enter to find</source>
        <translation>Order number, Enter to find</translation>
    </message>
    <message>
        <source>Find by order number</source>
        <translation>Find by order number</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Export the filtered transactions as CSV</source>
        <translation>Export the filtered transactions as CSV</translation>
    </message>
    <message>
        <source>Cancel export</source>
        <translation>Cancel export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message numerus="yes">
        <source>%n transactions exported to %1.</source>
        <translation>
            <numerusform>%n transactions exported to %1.</numerusform>
            <numerusform>%n transactions exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Go to date</translation>
    </message>
    <message>
        <source>&amp;Go to date…</source>
        <translation>&amp;Go to date…</translation>
    </message>
    <message>
        <source>Asking the server to record the export…</source>
        <translation>Asking the server to record the export…</translation>
    </message>
    <message>
        <source>Not exported: another account is open now.</source>
        <translation>Not exported: another account is open now.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>&amp;Day (%1):</source>
        <translation>&amp;Day (%1):</translation>
    </message>
</context>
<context>
    <name>WalletDesk::VerificationPanel</name>
    <message>
        <source>Not verified. Open the caller&apos;s account first.</source>
        <translation>Not verified. Open the caller&apos;s account first.</translation>
    </message>
    <message>
        <source>Verified until %1</source>
        <translation>Verified until %1</translation>
    </message>
    <message>
        <source>Code sent to %1: ask the caller to read it back (%2 tries left).</source>
        <translation>Code sent to %1: ask the caller to read it back (%2 tries left).</translation>
    </message>
    <message>
        <source>Ask: %1 (%2 tries left)</source>
        <translation>Ask: %1 (%2 tries left)</translation>
    </message>
    <message>
        <source>Verification failed: too many wrong answers. Start again or end the call.</source>
        <translation>Verification failed: too many wrong answers. Start again or end the call.</translation>
    </message>
    <message>
        <source>Verification expired. Verify again.</source>
        <translation>Verification expired. Verify again.</translation>
    </message>
    <message>
        <source>Not verified.</source>
        <translation>Not verified.</translation>
    </message>
    <message>
        <source>Caller verification</source>
        <translation>Caller verification</translation>
    </message>
    <message>
        <source>Send &amp;code by SMS</source>
        <translation>Send &amp;code by SMS</translation>
    </message>
    <message>
        <source>Ask security &amp;question</source>
        <translation>Ask security &amp;question</translation>
    </message>
    <message>
        <source>Code or answer the caller reads back</source>
        <translation>Code or answer the caller reads back</translation>
    </message>
    <message>
        <source>Verification answer</source>
        <translation>Verification answer</translation>
    </message>
    <message>
        <source>Send code by SMS</source>
        <translation>Send code by SMS</translation>
    </message>
    <message>
        <source>Ask security question</source>
        <translation>Ask security question</translation>
    </message>
    <message>
        <source>Check the answer</source>
        <translation>Check the answer</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Requests on this call</source>
        <translation>Requests on this call</translation>
    </message>
    <message>
        <source>Code sent to %1. Type what the caller reads out.</source>
        <translation>Code sent to %1. Type what the caller reads out.</translation>
    </message>
    <message>
        <source>Ask: %1</source>
        <translation>Ask: %1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verified.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong answer, %n tries left.</source>
        <translation>
            <numerusform>Wrong answer, %n tries left.</numerusform>
            <numerusform>Wrong answer, %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Code sent to %1</source>
        <translation>Code sent to %1</translation>
    </message>
    <message>
        <source>%1, waiting %2</source>
        <translation>%1, waiting %2</translation>
    </message>
</context>
<context>
    <name>WalletDesk::Wallboard</name>
    <message>
        <source>The server&apos;s answer cannot be read (%1).</source>
        <translation>The server&apos;s answer cannot be read (%1).</translation>
    </message>
</context>
<context>
    <name>WalletDesk::WallboardView</name>
    <message>
        <source>On a call</source>
        <translation>On a call</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Overdue by %1</source>
        <translation>Overdue by %1</translation>
    </message>
    <message>
        <source>Due today, %1 left</source>
        <translation>Due today, %1 left</translation>
    </message>
    <message>
        <source>Not assigned</source>
        <translation>Not assigned</translation>
    </message>
    <message>
        <source>Loading the wallboard…</source>
        <translation>Loading the wallboard…</translation>
    </message>
    <message>
        <source>Wallboard</source>
        <translation>Wallboard</translation>
    </message>
    <message>
        <source>no approvals waiting</source>
        <translation>no approvals waiting</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>On the call for</source>
        <translation>On the call for</translation>
    </message>
    <message>
        <source>Call started</source>
        <translation>Call started</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>Asked at</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Agents signed in</source>
        <translation>Agents signed in</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>Approvals waiting</translation>
    </message>
    <message>
        <source>Complaints overdue and due today</source>
        <translation>Complaints overdue and due today</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Time left or overdue</source>
        <translation>Time left or overdue</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>approvals waiting: %1, the longest %2</source>
        <translation>approvals waiting: %1, the longest %2</translation>
    </message>
    <message>
        <source>Agents %1, %2; %3; complaints %4, %5.</source>
        <translation>Agents %1, %2; %3; complaints %4, %5.</translation>
    </message>
    <message>
        <source>on a call: %1</source>
        <translation>on a call: %1</translation>
    </message>
    <message>
        <source>idle: %1</source>
        <translation>idle: %1</translation>
    </message>
    <message>
        <source>due today: %1</source>
        <translation>due today: %1</translation>
    </message>
    <message>
        <source>overdue: %1</source>
        <translation>overdue: %1</translation>
    </message>
</context>
<context>
    <name>WalletDesk::WrapUpDialog</name>
    <message>
        <source>Wrap up the call</source>
        <translation>Wrap up the call</translation>
    </message>
    <message>
        <source>Wrap-up code</source>
        <translation>Wrap-up code</translation>
    </message>
    <message>
        <source>&amp;Wrap-up code</source>
        <translation>&amp;Wrap-up code</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>#%1, logged on this call</source>
        <translation>#%1, logged on this call</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>The call notes go with the record, card numbers masked.</source>
        <translation>The call notes go with the record, card numbers masked.</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>End call</translation>
    </message>
</context>
<context>
    <name>WalletDesk::ZoneClock</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Every time in WalletDesk is %1, whatever this computer&apos;s clock says.</source>
        <translation>Every time in WalletDesk is %1, whatever this computer&apos;s clock says.</translation>
    </message>
    <message>
        <source>Call center time: %1 %2</source>
        <translation>Call center time: %1 %2</translation>
    </message>
</context>
</TS>
