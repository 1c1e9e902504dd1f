<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tumblr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WordPress.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quora</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squarespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adobe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeviantArt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grammarly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amazon Alexa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Udemy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple (Siri, Apple Intelligence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jira</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CapCut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character.AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JetBrains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le Chat (Mistral AI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otter.ai</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsung Galaxy AI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoundCloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeTransfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windsurf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the UK GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GDPR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>European Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United States</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts Center:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts Center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} · attached {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For accounts in {region}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More to know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.

{advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {error}

Nothing else was changed. If this keeps happening, use File &gt; Report a problem, or the command line (objector --help), and say what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
