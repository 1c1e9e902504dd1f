<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name></name>
    <message>
        <source>No reply since {submitted}: the reply was due on {due}</source>
        <translation>Brak odpowiedzi od {submitted}: termin odpowiedzi minął {due}</translation>
    </message>
    <message>
        <source>Reply due by {due}</source>
        <translation>Termin odpowiedzi: {due}</translation>
    </message>
    <message>
        <source>Refused or unanswered: you can complain to a data protection authority</source>
        <translation>Odmowa lub brak odpowiedzi: możesz złożyć skargę do organu nadzorczego (w Polsce: UODO)</translation>
    </message>
    <message>
        <source>Check this setting again (due {due})</source>
        <translation>Sprawdź to ustawienie ponownie (termin: {due})</translation>
    </message>
    <message>
        <source>Started, not finished</source>
        <translation>Rozpoczęte, nieukończone</translation>
    </message>
    <message>
        <source>Deadline {date}: {description}</source>
        <translation>Termin {date}: {description}</translation>
    </message>
    <message>
        <source>{days} days left until {date}: {description}</source>
        <translation>Jeszcze {days} dni do {date}: {description}</translation>
    </message>
    <message>
        <source>Tomorrow ({date}): {description}</source>
        <translation>Jutro ({date}): {description}</translation>
    </message>
    <message>
        <source>Today ({date}): {description}</source>
        <translation>Dziś ({date}): {description}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description} {after}</source>
        <translation>Data {date} minęła: {description} {after}</translation>
    </message>
    <message>
        <source>The date {date} has passed: {description}</source>
        <translation>Data {date} minęła: {description}</translation>
    </message>
    <message>
        <source>Last checked on {day}; the file does not say how.</source>
        <translation>Ostatnio sprawdzono {day}; plik nie podaje, w jaki sposób.</translation>
    </message>
    <message>
        <source>Followed in the live app or website on {day}.</source>
        <translation>Sprawdzono {day}, wykonując kroki w aplikacji lub na stronie.</translation>
    </message>
    <message>
        <source>Checked against the regulators&apos; own pages on {day}; not tried out.</source>
        <translation>Sprawdzono {day} na stronach samych organów nadzorczych; nie wypróbowano w praktyce.</translation>
    </message>
    <message>
        <source>Checked against the company&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Sprawdzono {day} na stronach pomocy firmy; nie sprawdzono w aplikacji.</translation>
    </message>
    <message>
        <source>Checked against {company}&apos;s own help pages on {day}; not checked in the app.</source>
        <translation>Sprawdzono {day} na stronach pomocy firmy {company}; nie sprawdzono w aplikacji.</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides, none of them dated; not checked in the app (checked {day}).</source>
        <translation>Opracowano na podstawie artykułów prasowych i poradników, z których żaden nie ma daty; nie sprawdzono w aplikacji (stan na {day}).</translation>
    </message>
    <message>
        <source>Compiled from news reports and guides published up to {month}; not checked in the app (checked {day}).</source>
        <translation>Opracowano na podstawie artykułów prasowych i poradników opublikowanych do {month}; nie sprawdzono w aplikacji (stan na {day}).</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Instagram</source>
        <translation>Instagram</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Messenger</translation>
    </message>
    <message>
        <source>Meta AI</source>
        <translation>Meta AI</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>X (Twitter)</source>
        <translation>X (Twitter)</translation>
    </message>
    <message>
        <source>Reddit</source>
        <translation>Reddit</translation>
    </message>
    <message>
        <source>Google Gemini</source>
        <translation>Google Gemini</translation>
    </message>
    <message>
        <source>ChatGPT</source>
        <translation>ChatGPT</translation>
    </message>
    <message>
        <source>Claude</source>
        <translation>Claude</translation>
    </message>
    <message>
        <source>Microsoft Copilot</source>
        <translation>Microsoft Copilot</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Tumblr</source>
        <translation>Tumblr</translation>
    </message>
    <message>
        <source>WordPress.com</source>
        <translation>WordPress.com</translation>
    </message>
    <message>
        <source>Quora</source>
        <translation>Quora</translation>
    </message>
    <message>
        <source>Substack</source>
        <translation>Substack</translation>
    </message>
    <message>
        <source>Squarespace</source>
        <translation>Squarespace</translation>
    </message>
    <message>
        <source>Adobe</source>
        <translation>Adobe</translation>
    </message>
    <message>
        <source>Pinterest</source>
        <translation>Pinterest</translation>
    </message>
    <message>
        <source>DeviantArt</source>
        <translation>DeviantArt</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Grammarly</source>
        <translation>Grammarly</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>Perplexity</translation>
    </message>
    <message>
        <source>Snapchat</source>
        <translation>Snapchat</translation>
    </message>
    <message>
        <source>Amazon Alexa</source>
        <translation>Amazon Alexa</translation>
    </message>
    <message>
        <source>Udemy</source>
        <translation>Udemy</translation>
    </message>
    <message>
        <source>Figma</source>
        <translation>Figma</translation>
    </message>
    <message>
        <source>YouTube</source>
        <translation>YouTube</translation>
    </message>
    <message>
        <source>Discord</source>
        <translation>Discord</translation>
    </message>
    <message>
        <source>Apple (Siri, Apple Intelligence)</source>
        <translation>Apple (Siri, Apple Intelligence)</translation>
    </message>
    <message>
        <source>Atlassian</source>
        <translation>Atlassian</translation>
    </message>
    <message>
        <source>Confluence</source>
        <translation>Confluence</translation>
    </message>
    <message>
        <source>Jira</source>
        <translation>Jira</translation>
    </message>
    <message>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <source>Canva</source>
        <translation>Canva</translation>
    </message>
    <message>
        <source>CapCut</source>
        <translation>CapCut</translation>
    </message>
    <message>
        <source>Character.AI</source>
        <translation>Character.AI</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>DeepL</source>
        <translation>DeepL</translation>
    </message>
    <message>
        <source>DeepSeek</source>
        <translation>DeepSeek</translation>
    </message>
    <message>
        <source>Dropbox</source>
        <translation>Dropbox</translation>
    </message>
    <message>
        <source>GitHub Copilot</source>
        <translation>GitHub Copilot</translation>
    </message>
    <message>
        <source>Grok</source>
        <translation>Grok</translation>
    </message>
    <message>
        <source>JetBrains</source>
        <translation>JetBrains</translation>
    </message>
    <message>
        <source>Le Chat (Mistral AI)</source>
        <translation>Le Chat (Mistral AI)</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Notion</source>
        <translation>Notion</translation>
    </message>
    <message>
        <source>Otter.ai</source>
        <translation>Otter.ai</translation>
    </message>
    <message>
        <source>Replit</source>
        <translation>Replit</translation>
    </message>
    <message>
        <source>Samsung Galaxy AI</source>
        <translation>Samsung Galaxy AI</translation>
    </message>
    <message>
        <source>SoundCloud</source>
        <translation>SoundCloud</translation>
    </message>
    <message>
        <source>TikTok</source>
        <translation>TikTok</translation>
    </message>
    <message>
        <source>WeTransfer</source>
        <translation>WeTransfer</translation>
    </message>
    <message>
        <source>Windsurf</source>
        <translation>Windsurf</translation>
    </message>
    <message>
        <source>Wix</source>
        <translation>Wix</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Inna</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nie rozpoczęto</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>w trakcie</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>wysłano</translation>
    </message>
    <message>
        <source>waiting for a reply</source>
        <translation>czeka na odpowiedź</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>uwzględniono</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>odrzucono</translation>
    </message>
    <message>
        <source>no reply</source>
        <translation>brak odpowiedzi</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nie dotyczy</translation>
    </message>
    <message>
        <source>Added “{label}”.</source>
        <translation>Dodano „{label}”.</translation>
    </message>
    <message>
        <source>Same Accounts Center?</source>
        <translation>To samo Accounts Center?</translation>
    </message>
    <message>
        <source>Is “{new}” in the same Accounts Center as “{other}”?

Meta links accounts in an Accounts Center, and one objection covers every account in it. To check, in the Facebook app: your profile picture, then Settings &amp; privacy, Settings, Accounts Center. In Instagram: your profile, then ☰, Accounts Center. The accounts listed there are linked.</source>
        <translation>Czy „{new}” jest w tym samym Accounts Center co „{other}”?

Meta łączy konta w Accounts Center, a jeden sprzeciw obejmuje wszystkie konta, które się w nim znajdują. Aby to sprawdzić w aplikacji Facebook: Twoje zdjęcie profilowe, potem Ustawienia i prywatność (w wersji angielskiej: Settings &amp; privacy), Ustawienia, Accounts Center. Na Instagramie: Twój profil, potem ☰, Accounts Center. Konta, które tam widać, są powiązane.</translation>
    </message>
    <message>
        <source>&amp;Yes, the same</source>
        <translation>&amp;Tak, to samo</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nie</translation>
    </message>
    <message>
        <source>I&apos;ll &amp;check later</source>
        <translation>&amp;Sprawdzę później</translation>
    </message>
    <message>
        <source>Accounts Center of {label}</source>
        <translation>Accounts Center konta {label}</translation>
    </message>
    <message>
        <source>Archived “{label}”. Show archived accounts to see it again.</source>
        <translation>Zarchiwizowano „{label}”. Aby znów je zobaczyć, wybierz Konto &gt; Pokaż zarchiwizowane konta.</translation>
    </message>
    <message>
        <source>“{label}” is active again.</source>
        <translation>Konto „{label}” znów jest aktywne.</translation>
    </message>
    <message>
        <source>Delete account?</source>
        <translation>Usunąć konto?</translation>
    </message>
    <message>
        <source>Delete “{label}” and everything recorded for it?

This removes {ticks}, {notes}, {evidence} and {history}. It cannot be undone. To keep the record but put it out of the way, choose Archive instead.</source>
        <translation>Usunąć „{label}” i wszystko, co dla niego zapisano?

Zostaną usunięte: {ticks}, {notes}, {evidence} oraz {history}. Tego nie da się cofnąć. Jeśli chcesz zachować dane, ale odłożyć konto na bok, wybierz zamiast tego Archiwizuj.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticked step(s)</source>
        <translation>
            <numerusform>%n zaznaczony krok</numerusform>
            <numerusform>%n zaznaczone kroki</numerusform>
            <numerusform>%n zaznaczonych kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n notatka</numerusform>
            <numerusform>%n notatki</numerusform>
            <numerusform>%n notatek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attached file(s)</source>
        <translation>
            <numerusform>%n załączony plik</numerusform>
            <numerusform>%n załączone pliki</numerusform>
            <numerusform>%n załączonych plików</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the %n change(s) recorded in its history</source>
        <translation>
            <numerusform>%n zmiana zapisana w historii konta</numerusform>
            <numerusform>%n zmiany zapisane w historii konta</numerusform>
            <numerusform>%n zmian zapisanych w historii konta</numerusform>
        </translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Dodaj konto…</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>Export &amp;report…</source>
        <translation>Eksportuj &amp;raport…</translation>
    </message>
    <message>
        <source>Export due dates to a &amp;calendar file…</source>
        <translation>Eksportuj terminy do pliku ka&amp;lendarza…</translation>
    </message>
    <message>
        <source>&amp;Import a Markdown checklist as a procedure…</source>
        <translation>&amp;Importuj listę kontrolną Markdown jako instrukcję…</translation>
    </message>
    <message>
        <source>&amp;Back up everything to a file…</source>
        <translation>&amp;Zrób kopię zapasową wszystkiego do pliku…</translation>
    </message>
    <message>
        <source>Import a backup &amp;file…</source>
        <translation>Importuj kopię zapasową z &amp;pliku…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Copy text to fill in</source>
        <translation>&amp;Kopiuj tekst do formularza</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Checklist</source>
        <translation>Lista &amp;kontrolna</translation>
    </message>
    <message>
        <source>&amp;Overview and next actions</source>
        <translation>&amp;Przegląd i następne działania</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Rename or edit…</source>
        <translation>&amp;Zmień nazwę lub edytuj…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archiwizuj</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>Show a&amp;rchived accounts</source>
        <translation>Pokaż za&amp;rchiwizowane konta</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Instrukcja</translation>
    </message>
    <message>
        <source>&amp;Tick or untick step</source>
        <translation>&amp;Zaznacz lub odznacz krok</translation>
    </message>
    <message>
        <source>&amp;Add a guide to this account…</source>
        <translation>&amp;Dodaj instrukcję do tego konta…</translation>
    </message>
    <message>
        <source>&amp;Hide this guide for this account</source>
        <translation>&amp;Ukryj tę instrukcję dla tego konta</translation>
    </message>
    <message>
        <source>Show a &amp;hidden guide again…</source>
        <translation>&amp;Pokaż ponownie ukrytą instrukcję…</translation>
    </message>
    <message>
        <source>Attach &amp;file to this step or guide…</source>
        <translation>Załącz p&amp;lik do tego kroku lub instrukcji…</translation>
    </message>
    <message>
        <source>Hide &amp;completed guides</source>
        <translation>Ukryj ukończone &amp;instrukcje</translation>
    </message>
    <message>
        <source>&amp;Expand all</source>
        <translation>&amp;Rozwiń wszystko</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Z&amp;wiń wszystko</translation>
    </message>
    <message>
        <source>&amp;Report a problem with this guide…</source>
        <translation>Zgłoś pro&amp;blem z tą instrukcją…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Guide file &amp;problems…</source>
        <translation>&amp;Problemy z plikami instrukcji…</translation>
    </message>
    <message>
        <source>&amp;About Objector</source>
        <translation>&amp;O programie Objector</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Your Objector data cannot be read</source>
        <translation>Nie można odczytać Twoich danych programu Objector</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

Objector has not changed it and will keep it beside the new one.</source>
        <translation>{problem}.

Plik: {path}

Objector go nie zmienił i zachowa go obok nowego.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Przywróć tę kopię zapasową</translation>
    </message>
    <message>
        <source>Start a new, empty database</source>
        <translation>Zacznij od nowej, pustej bazy danych</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Objector cannot continue</source>
        <translation>Objector nie może kontynuować</translation>
    </message>
    <message>
        <source>Objector cannot open your data</source>
        <translation>Objector nie może otworzyć Twoich danych</translation>
    </message>
    <message>
        <source>{problem}.

File: {path}

{advice}</source>
        <translation>{problem}.

Plik: {path}

{advice}</translation>
    </message>
    <message>
        <source>The newest good backup was made on {made}. It holds {accounts} and {history}; the last change in it was on {last} UTC.</source>
        <translation>Najnowszą dobrą kopię zapasową zrobiono {made}. Zawiera: {accounts} i {history}; ostatnia zmiana w niej: {last} UTC.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded in their history</source>
        <translation>
            <numerusform>%n zmiana zapisana w ich historii</numerusform>
            <numerusform>%n zmiany zapisane w ich historii</numerusform>
            <numerusform>%n zmian zapisanych w ich historii</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder}; its window was brought to the front.</source>
        <translation>Objector jest już otwarty z folderem danych {folder}; jego okno zostało przeniesione na wierzch.</translation>
    </message>
    <message>
        <source>Objector is already open with the data folder {folder} (process {pid}), but its window did not come forward.

Switch to that window. If it no longer responds, close it (or end process {pid}) and start Objector again. Nothing was changed.</source>
        <translation>Objector jest już otwarty z folderem danych {folder} (proces {pid}), ale jego okno nie pojawiło się na wierzchu.

Przełącz się na to okno. Jeśli już nie odpowiada, zamknij je (lub zakończ proces {pid}) i uruchom Objector ponownie. Niczego nie zmieniono.</translation>
    </message>
    <message>
        <source>Objector is already open</source>
        <translation>Objector jest już otwarty</translation>
    </message>
    <message>
        <source>The disk is full</source>
        <translation>Dysk jest pełny</translation>
    </message>
    <message>
        <source>The disk that holds your data is full, so Objector opened it read-only: you can read everything and back it up to another disk (File &gt; Back up everything), but changes cannot be saved.

Free some space on the disk, then start Objector again.

Folder: {folder}</source>
        <translation>Dysk z Twoimi danymi jest pełny, więc Objector otworzył je tylko do odczytu: możesz wszystko przeglądać i zrobić kopię zapasową na innym dysku (Plik &gt; Zrób kopię zapasową wszystkiego do pliku), ale zmian nie da się zapisać.

Zwolnij trochę miejsca na dysku, a potem uruchom Objector ponownie.

Folder: {folder}</translation>
    </message>
    <message>
        <source>The automatic backup could not be made: {error}</source>
        <translation>Nie udało się zrobić automatycznej kopii zapasowej: {error}</translation>
    </message>
    <message>
        <source>That link was not opened: only web (https, http) and e-mail links are allowed.</source>
        <translation>Nie otwarto tego linku: dozwolone są tylko linki do stron internetowych (https, http) i adresy e-mail.</translation>
    </message>
    <message>
        <source>The link did not open</source>
        <translation>Link się nie otworzył</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the address and paste it into your e-mail:</source>
        <translation>Żaden program pocztowy nie odpowiedział. Skopiuj adres i wklej go w swojej poczcie e-mail:</translation>
    </message>
    <message>
        <source>No web browser answered. Copy the address and paste it into your browser:</source>
        <translation>Żadna przeglądarka nie odpowiedziała. Skopiuj adres i wklej go w przeglądarce:</translation>
    </message>
    <message>
        <source>Address of the link</source>
        <translation>Adres linku</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Kopiuj adres</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopiuj adres</translation>
    </message>
    <message>
        <source>Copied. Paste it into your e-mail program.</source>
        <translation>Skopiowano. Wklej go w programie pocztowym.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your browser&apos;s address bar.</source>
        <translation>Skopiowano. Wklej go w pasku adresu przeglądarki.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[obrazu nie pokazano]</translation>
    </message>
    <message>
        <source>Selected account</source>
        <translation>Wybrane konto</translation>
    </message>
    <message>
        <source>Progress for this account</source>
        <translation>Postęp dla tego konta</translation>
    </message>
    <message>
        <source>Search guides, steps and notes</source>
        <translation>Szukaj w instrukcjach, krokach i notatkach</translation>
    </message>
    <message>
        <source>Search guides, steps and notes (Ctrl+F)</source>
        <translation>Szukaj w instrukcjach, krokach i notatkach (Ctrl+F)</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Brak wyników</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista kontrolna</translation>
    </message>
    <message>
        <source> (archived)</source>
        <translation> (zarchiwizowane)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt;{archived} · {platform}, {region}</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s)</source>
        <translation>
            <numerusform>{done} z %n kroku</numerusform>
            <numerusform>{done} z %n kroków</numerusform>
            <numerusform>{done} z %n kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>No guide, step or note that is not finished contains “{text}”. Press Esc to clear the search, or show the completed ones.</source>
        <translation>Żadna nieukończona instrukcja, krok ani notatka nie zawiera „{text}”. Naciśnij Esc, aby wyczyścić wyszukiwanie, albo pokaż ukończone.</translation>
    </message>
    <message>
        <source>No guide, step or note contains “{text}”. Press Esc to clear the search.</source>
        <translation>Żadna instrukcja, krok ani notatka nie zawiera „{text}”. Naciśnij Esc, aby wyczyścić wyszukiwanie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No matches&lt;/b&gt;&lt;br&gt;{hint}</source>
        <translation>&lt;b&gt;Brak wyników&lt;/b&gt;&lt;br&gt;{hint}</translation>
    </message>
    <message>
        <source>Tick “{step}”</source>
        <translation>zaznaczenie „{step}”</translation>
    </message>
    <message>
        <source>Untick “{step}”</source>
        <translation>odznaczenie „{step}”</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>zmianę statusu</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>edycję notatki</translation>
    </message>
    <message>
        <source>Rename “{name}”</source>
        <translation>zmianę nazwy „{name}”</translation>
    </message>
    <message>
        <source>Remove “{name}”</source>
        <translation>usunięcie „{name}”</translation>
    </message>
    <message>
        <source>Attach “{name}”</source>
        <translation>załączenie „{name}”</translation>
    </message>
    <message>
        <source>They need more time</source>
        <translation>przedłużenie terminu odpowiedzi</translation>
    </message>
    <message>
        <source>Change the reference</source>
        <translation>zmianę numeru referencyjnego</translation>
    </message>
    <message>
        <source>Change the date</source>
        <translation>zmianę daty</translation>
    </message>
    <message>
        <source>Choose a guide or a step to see it here.</source>
        <translation>Wybierz instrukcję lub krok, aby zobaczyć je tutaj.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Ostrzeżenie</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Szczegóły instrukcji</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status of this request</source>
        <translation>Status tego wniosku</translation>
    </message>
    <message>
        <source>&amp;on</source>
        <translation>&amp;dnia</translation>
    </message>
    <message>
        <source>Date of this status</source>
        <translation>Data tego statusu</translation>
    </message>
    <message>
        <source>Reference number or confirmation text (optional)</source>
        <translation>Numer zgłoszenia lub tekst potwierdzenia (opcjonalnie)</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>They said they need longer to reply (e&amp;xtension)</source>
        <translation>Napisali, że potrzebują więcej czasu na odpowiedź (pr&amp;zedłużenie)</translation>
    </message>
    <message>
        <source>The other side extended the reply period</source>
        <translation>Druga strona przedłużyła termin odpowiedzi</translation>
    </message>
    <message>
        <source>Reply clock</source>
        <translation>Czas na odpowiedź</translation>
    </message>
    <message>
        <source>I checked it &amp;again today</source>
        <translation>Sprawdzone p&amp;onownie dzisiaj</translation>
    </message>
    <message>
        <source>I checked it again today</source>
        <translation>Sprawdzone ponownie dzisiaj</translation>
    </message>
    <message>
        <source>Add the complaint guide to this account</source>
        <translation>Dodaj do tego konta instrukcję składania skargi</translation>
    </message>
    <message>
        <source>Text to copy, with your details filled in:</source>
        <translation>Tekst do skopiowania, z wpisanymi Twoimi danymi:</translation>
    </message>
    <message>
        <source>Text to copy</source>
        <translation>Tekst do skopiowania</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>Kopiuj &amp;tekst</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Kopiuj tekst</translation>
    </message>
    <message>
        <source>Copied. Paste it into the form.</source>
        <translation>Skopiowano. Wklej tekst w formularzu.</translation>
    </message>
    <message>
        <source>Nothing to attach: copy a picture or a file first.</source>
        <translation>Nie ma czego załączyć: najpierw skopiuj obraz lub plik.</translation>
    </message>
    <message>
        <source>Add an account to begin.</source>
        <translation>Aby zacząć, dodaj konto.</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}, sent {date}.</source>
        <translation>Objęte wnioskiem z konta „{account}”: {procedure} (wysłano {date}).</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {procedure}.</source>
        <translation>Objęte wnioskiem z konta „{account}”: {procedure}.</translation>
    </message>
    <message>
        <source>One request covers all your linked accounts (for Meta, the accounts in the same Accounts Center). If that request is refused, this one is no longer covered.</source>
        <translation>Jeden wniosek obejmuje wszystkie Twoje powiązane konta (w przypadku Meta: konta w tym samym Accounts Center). Jeśli tamten wniosek zostanie odrzucony, to konto przestanie być nim objęte.</translation>
    </message>
    <message>
        <source>The reply was due on {due}: {days} overdue.</source>
        <translation>Termin odpowiedzi minął {due}: spóźnienie {days}.</translation>
    </message>
    <message>
        <source>A reply is due by {due} ({days} left).</source>
        <translation>Odpowiedź powinna przyjść do {due} (zostało: {days}).</translation>
    </message>
    <message>
        <source>If they extend it, by {date} at the latest.</source>
        <translation>Jeśli przedłużą termin, najpóźniej do {date}.</translation>
    </message>
    <message>
        <source>Done on {done}; platforms can switch such settings back: check it again now.</source>
        <translation>Wykonano {done}; platformy potrafią przywracać takie ustawienia: sprawdź je teraz ponownie.</translation>
    </message>
    <message>
        <source>Check this again on {date}.</source>
        <translation>Sprawdź to ponownie {date}.</translation>
    </message>
    <message>
        <source>Open the complaint guide</source>
        <translation>Otwórz instrukcję składania skargi</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Unia Europejska</translation>
    </message>
    <message>
        <source>Iceland, Liechtenstein or Norway (EEA)</source>
        <translation>Islandia, Liechtenstein lub Norwegia (EOG)</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Stany Zjednoczone</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Gdzie indziej</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edytuj konto</translation>
    </message>
    <message>
        <source>for example: my art Instagram</source>
        <translation>na przykład: mój Instagram z rysunkami</translation>
    </message>
    <message>
        <source>optional, e.g. @myname</source>
        <translation>opcjonalnie, np. @mojanazwa</translation>
    </message>
    <message>
        <source>optional: the account&apos;s email address</source>
        <translation>opcjonalnie: adres e-mail konta</translation>
    </message>
    <message>
        <source>optional: your name, for the objection text</source>
        <translation>opcjonalnie: Twoje imię i nazwisko do tekstu sprzeciwu</translation>
    </message>
    <message>
        <source>optional: the country you live in</source>
        <translation>opcjonalnie: kraj, w którym mieszkasz</translation>
    </message>
    <message>
        <source>optional: one name for your accounts that are linked</source>
        <translation>opcjonalnie: wspólna nazwa dla Twoich powiązanych kont</translation>
    </message>
    <message>
        <source>The window&apos;s language ({language})</source>
        <translation>Język okna ({language})</translation>
    </message>
    <message>
        <source>The language of the texts you copy and send (objections, complaints). A guide not translated into it gives them in English.</source>
        <translation>Język tekstów, które kopiujesz i wysyłasz (sprzeciwy, skargi). Instrukcja nieprzetłumaczona na ten język podaje je po angielsku.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Platforma:</translation>
    </message>
    <message>
        <source>&amp;Where you live:</source>
        <translation>&amp;Gdzie mieszkasz:</translation>
    </message>
    <message>
        <source>&amp;Handle:</source>
        <translation>Nazwa &amp;użytkownika:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Twoje imię i nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>&amp;Linked accounts:</source>
        <translation>P&amp;owiązane konta:</translation>
    </message>
    <message>
        <source>Letters &amp;in:</source>
        <translation>&amp;Język pism:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <source>&amp;Accounts Center:</source>
        <translation>&amp;Accounts Center:</translation>
    </message>
    <message>
        <source>Accounts Center</source>
        <translation>Accounts Center</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Dodano konto</translation>
    </message>
    <message>
        <source>Account details changed</source>
        <translation>Zmieniono dane konta</translation>
    </message>
    <message>
        <source>Account archived</source>
        <translation>Zarchiwizowano konto</translation>
    </message>
    <message>
        <source>Account restored</source>
        <translation>Przywrócono konto</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Krok wykonany</translation>
    </message>
    <message>
        <source>Step marked not done</source>
        <translation>Krok oznaczony jako niewykonany</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Zmieniono status</translation>
    </message>
    <message>
        <source>Status date changed</source>
        <translation>Zmieniono datę statusu</translation>
    </message>
    <message>
        <source>Reference changed</source>
        <translation>Zmieniono numer zgłoszenia</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Zapisano notatkę</translation>
    </message>
    <message>
        <source>File attached</source>
        <translation>Załączono plik</translation>
    </message>
    <message>
        <source>Attached file renamed</source>
        <translation>Zmieniono nazwę załączonego pliku</translation>
    </message>
    <message>
        <source>Attached file removed</source>
        <translation>Usunięto załączony plik</translation>
    </message>
    <message>
        <source>Attached file restored</source>
        <translation>Przywrócono załączony plik</translation>
    </message>
    <message>
        <source>Procedure completed</source>
        <translation>Ukończono instrukcję</translation>
    </message>
    <message>
        <source>Procedure reopened</source>
        <translation>Ponownie otwarto instrukcję</translation>
    </message>
    <message>
        <source>Procedure shown or hidden</source>
        <translation>Pokazano lub ukryto instrukcję</translation>
    </message>
    <message>
        <source>Reply period extended by the other side</source>
        <translation>Druga strona przedłużyła termin odpowiedzi</translation>
    </message>
    <message>
        <source>Reply period extension removed</source>
        <translation>Usunięto przedłużenie terminu odpowiedzi</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}, sent {day}</source>
        <translation>Objęte przez „{account}”: {guide}, wysłano {day}</translation>
    </message>
    <message>
        <source>Covered by “{account}”: {guide}</source>
        <translation>Objęte przez „{account}”: {guide}</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Instrukcja</translation>
    </message>
    <message>
        <source>Step “{step}”</source>
        <translation>Krok „{step}”</translation>
    </message>
    <message>
        <source>{step} (no longer in the guide)</source>
        <translation>{step} (nie ma go już w instrukcji)</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bajt</numerusform>
            <numerusform>%n bajty</numerusform>
            <numerusform>%n bajtów</numerusform>
        </translation>
    </message>
    <message>
        <source>step “{step}”</source>
        <translation>krok „{step}”</translation>
    </message>
    <message>
        <source>Status date or reference saved</source>
        <translation>Zapisano datę statusu lub numer zgłoszenia</translation>
    </message>
    <message>
        <source>status {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <source>from {before} to {after}</source>
        <translation>z {before} na {after}</translation>
    </message>
    <message>
        <source>reference {reference}</source>
        <translation>numer zgłoszenia {reference}</translation>
    </message>
    <message>
        <source>{status} since {when}</source>
        <translation>{status} od {when}</translation>
    </message>
    <message>
        <source>(was {before})</source>
        <translation>(wcześniej {before})</translation>
    </message>
    <message>
        <source>to {reference}</source>
        <translation>na {reference}</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>usunięto</translation>
    </message>
    <message numerus="yes">
        <source>(%n character(s))</source>
        <translation>
            <numerusform>(%n znak)</numerusform>
            <numerusform>(%n znaki)</numerusform>
            <numerusform>(%n znaków)</numerusform>
        </translation>
    </message>
    <message>
        <source>(emptied)</source>
        <translation>(wyczyszczono)</translation>
    </message>
    <message>
        <source>Most important</source>
        <translation>Najważniejsze</translation>
    </message>
    <message>
        <source>For the account&apos;s region ({region})</source>
        <translation>Dla regionu konta ({region})</translation>
    </message>
    <message>
        <source>Date that matters</source>
        <translation>Ważna data</translation>
    </message>
    <message>
        <source>(since {when})</source>
        <translation>(od {when})</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Numer zgłoszenia</translation>
    </message>
    <message>
        <source>Reply period extended</source>
        <translation>Przedłużono termin odpowiedzi</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ukończono</translation>
    </message>
    <message>
        <source>Version of the guide followed</source>
        <translation>Wersja instrukcji, według której postępowano</translation>
    </message>
    <message>
        <source>(the guide has changed since)</source>
        <translation>(instrukcja zmieniła się od tego czasu)</translation>
    </message>
    <message>
        <source>How the guide was checked</source>
        <translation>Jak sprawdzono instrukcję</translation>
    </message>
    <message>
        <source>dated {day}</source>
        <translation>z datą {day}</translation>
    </message>
    <message>
        <source>read {day}</source>
        <translation>przeczytano {day}</translation>
    </message>
    <message>
        <source>Generated {when} by Objector {version}. All times are in the time zone {zone}.</source>
        <translation>Utworzono {when} w programie Objector {version}. Wszystkie godziny podano w strefie czasowej {zone}.</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platforma</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Linked accounts</source>
        <translation>Powiązane konta</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>Added to Objector</source>
        <translation>Dodano do programu Objector</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Zarchiwizowano</translation>
    </message>
    <message>
        <source>{guide} (no longer in the library)</source>
        <translation>{guide} (nie ma jej już w zbiorze)</translation>
    </message>
    <message>
        <source>{name}, {size}, SHA-256 {sha256}, attached {when}</source>
        <translation>{name}, {size}, SHA-256 {sha256}, załączono {when}</translation>
    </message>
    <message>
        <source>Objector evidence report</source>
        <translation>Raport z dowodami z programu Objector</translation>
    </message>
    <message>
        <source>Guide id</source>
        <translation>Identyfikator instrukcji</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Termin odpowiedzi</translation>
    </message>
    <message>
        <source>Check again on</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Account: {account}</source>
        <translation>Konto: {account}</translation>
    </message>
    <message>
        <source>Account notes:</source>
        <translation>Notatki do konta:</translation>
    </message>
    <message>
        <source>Steps done:</source>
        <translation>Wykonane kroki:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>Attached files:</source>
        <translation>Załączone pliki:</translation>
    </message>
    <message>
        <source>Sources of the guide:</source>
        <translation>Źródła instrukcji:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>en</source>
        <translation>pl</translation>
    </message>
    <message>
        <source>Reply due: {guide} ({account})</source>
        <translation>Termin odpowiedzi: {guide} ({account})</translation>
    </message>
    <message>
        <source>Submitted on {day}. If there is no reply by this date, you can send a reminder or complain to a data protection authority.</source>
        <translation>Wysłano {day}. Jeśli do tego dnia nie będzie odpowiedzi, możesz wysłać przypomnienie lub złożyć skargę do organu nadzorczego ds. ochrony danych.</translation>
    </message>
    <message>
        <source>Check again: {guide} ({account})</source>
        <translation>Sprawdź ponownie: {guide} ({account})</translation>
    </message>
    <message>
        <source>Platforms can switch settings back on; check it is still as you left it.</source>
        <translation>Platformy mogą z powrotem włączyć ustawienia. Sprawdź, czy wszystko jest tak, jak to zostawiono.</translation>
    </message>
    <message>
        <source>Deadline: {guide} ({account})</source>
        <translation>Termin: {guide} ({account})</translation>
    </message>
    <message>
        <source>optional: a name for the Accounts Center these accounts share</source>
        <translation>opcjonalnie: nazwa Accounts Center, które łączy te konta</translation>
    </message>
    <message>
        <source>optional: one name for your linked accounts, so one request can cover them</source>
        <translation>opcjonalnie: wspólna nazwa dla Twoich powiązanych kont, aby jeden wniosek mógł objąć je wszystkie</translation>
    </message>
    <message>
        <source>Give the account a label, so you can tell it from your others.</source>
        <translation>Nadaj kontu nazwę, aby odróżnić je od pozostałych.</translation>
    </message>
    <message>
        <source>Guide files with problems</source>
        <translation>Pliki instrukcji z problemami</translation>
    </message>
    <message>
        <source>These files were skipped; every other guide loaded. Fix each problem in the file and save it, or check it with &apos;objector validate FILE&apos;.</source>
        <translation>Te pliki zostały pominięte; wszystkie inne instrukcje wczytano. Popraw każdy problem w pliku i zapisz go albo sprawdź plik poleceniem &apos;objector validate PLIK&apos;.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemy</translation>
    </message>
    <message>
        <source>Choose a guide or a step first, then attach the file to it.</source>
        <translation>Najpierw wybierz instrukcję lub krok, a potem załącz plik.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <source>Attach a large file?</source>
        <translation>Załączyć duży plik?</translation>
    </message>
    <message>
        <source>This file is {size}. Attach a copy anyway?

{name}</source>
        <translation>Ten plik ma {size}. Mimo to załączyć kopię?

{name}</translation>
    </message>
    <message>
        <source>The picture could not be made into a PNG file: nothing was attached.</source>
        <translation>Nie udało się zapisać obrazu jako pliku PNG: niczego nie załączono.</translation>
    </message>
    <message>
        <source>Pasted picture {time}.png</source>
        <translation>Wklejony obraz {time}.png</translation>
    </message>
    <message>
        <source>“{name}” is attached here already.</source>
        <translation>„{name}” jest już tutaj załączony.</translation>
    </message>
    <message>
        <source>Attached “{name}”.</source>
        <translation>Załączono „{name}”.</translation>
    </message>
    <message>
        <source>The stored copy of “{name}” is missing (was it deleted?): {path}</source>
        <translation>Brakuje zapisanej kopii pliku „{name}” (czy została usunięta?): {path}</translation>
    </message>
    <message>
        <source>No program opened “{name}”. Its copy is in {path}</source>
        <translation>Żaden program nie otworzył „{name}”. Kopia pliku jest tutaj: {path}</translation>
    </message>
    <message>
        <source>Rename attached file</source>
        <translation>Zmień nazwę załączonego pliku</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Removed “{name}”. Undo brings it back.</source>
        <translation>Usunięto „{name}”. Cofnięcie przywróci plik.</translation>
    </message>
    <message>
        <source>{size} bytes</source>
        <translation>{size} B</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>{size} · attached {date}</source>
        <translation>{size} · załączono {date}</translation>
    </message>
    <message>
        <source>E-mail from {sender}, {date}: {subject}</source>
        <translation>E-mail od {sender}, {date}: {subject}</translation>
    </message>
    <message>
        <source>Date: {date}
From: {sender}
Subject: {subject}</source>
        <translation>Data: {date}
Od: {sender}
Temat: {subject}</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Załączone pliki</translation>
    </message>
    <message>
        <source>No files attached. Drop files here, paste a screenshot (Ctrl+V) or use “Attach file…”.</source>
        <translation>Brak załączonych plików. Upuść tutaj pliki, wklej zrzut ekranu (Ctrl+V) lub użyj „Załącz plik…”.</translation>
    </message>
    <message>
        <source>No files attached</source>
        <translation>Brak załączonych plików</translation>
    </message>
    <message>
        <source>Attach file…</source>
        <translation>Załącz plik…</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Załącz plik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the attached file</source>
        <translation>Otwórz załączony plik</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Rename the attached file</source>
        <translation>Zmień nazwę załączonego pliku</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the attached file</source>
        <translation>Usuń załączony plik</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}.{advice}</source>
        <translation>Nie udało się zapisać {path}: {reason}.{advice}</translation>
    </message>
    <message>
        <source>The report was not written</source>
        <translation>Raport nie został zapisany</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Wszystkie konta</translation>
    </message>
    <message>
        <source>Only “{label}”</source>
        <translation>Tylko „{label}”</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>Which accounts?</source>
        <translation>Które konta?</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Strona internetowa (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Nie zapisano raportu</translation>
    </message>
    <message>
        <source>Choose another folder, or free some space, and try again.</source>
        <translation>Wybierz inny folder lub zwolnij trochę miejsca i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Raport zapisano w {path}.</translation>
    </message>
    <message>
        <source>The calendar file was not written</source>
        <translation>Plik kalendarza nie został zapisany</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>Na razie brak terminów</translation>
    </message>
    <message>
        <source>There is nothing to put in a calendar yet: no reply is due, no deadline is coming and no setting needs checking again.

When you tick the step that sends a request (or set its status to submitted), its reply date comes here.</source>
        <translation>Na razie nie ma nic do wpisania do kalendarza: nie czekasz na żadną odpowiedź, nie zbliża się żaden termin i żadne ustawienie nie wymaga ponownego sprawdzenia.

Gdy zaznaczysz krok, w którym wysyłasz wniosek (albo ustawisz jego status na „wysłano”), pojawi się tu termin odpowiedzi.</translation>
    </message>
    <message>
        <source>Export due dates</source>
        <translation>Eksportuj terminy</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Kalendarz (*.ics)</translation>
    </message>
    <message>
        <source>Calendar file not written</source>
        <translation>Nie zapisano pliku kalendarza</translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) written to {path}. Open it with your calendar.</source>
        <translation>
            <numerusform>Zapisano %n termin w pliku {path}. Otwórz go w swoim kalendarzu.</numerusform>
            <numerusform>Zapisano %n terminy w pliku {path}. Otwórz go w swoim kalendarzu.</numerusform>
            <numerusform>Zapisano %n terminów w pliku {path}. Otwórz go w swoim kalendarzu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>Kopia zapasowa nie została zapisana</translation>
    </message>
    <message>
        <source>Back up everything</source>
        <translation>Zrób kopię zapasową wszystkiego</translation>
    </message>
    <message>
        <source>Objector backup with attached files (*.zip);;Records only (*.json)</source>
        <translation>Kopia zapasowa Objector z załączonymi plikami (*.zip);;Tylko dane, bez plików (*.json)</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Kopię zapasową zapisano w {path}.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Niczego nie zaimportowano</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Importuj kopię zapasową</translation>
    </message>
    <message>
        <source>Objector backup (*.zip *.json)</source>
        <translation>Kopia zapasowa Objector (*.zip *.json)</translation>
    </message>
    <message>
        <source>Backup imported</source>
        <translation>Zaimportowano kopię zapasową</translation>
    </message>
    <message>
        <source>Added {accounts} account(s), {ticks} ticked step(s), {notes} note(s) and {history} history entries.</source>
        <translation>Dodane konta: {accounts}; zaznaczone kroki: {ticks}; notatki: {notes}; wpisy w historii: {history}.</translation>
    </message>
    <message>
        <source>Import a Markdown checklist</source>
        <translation>Importuj listę kontrolną Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt)</source>
        <translation>Markdown (*.md *.markdown *.txt)</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nie zaimportowano</translation>
    </message>
    <message>
        <source>{path} could not be read as UTF-8 text: {reason}</source>
        <translation>Nie udało się odczytać {path} jako tekstu UTF-8: {reason}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>Where is this checklist from?</source>
        <translation>Skąd pochodzi ta lista kontrolna?</translation>
    </message>
    <message>
        <source>The checklist names no web page. Give the address it comes from (https://…):</source>
        <translation>Lista kontrolna nie podaje żadnej strony internetowej. Wpisz adres, z którego pochodzi (https://…):</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Nie udało się zapisać {path}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source> %n link(s) that were not web or e-mail links were left out.</source>
        <translation>
            <numerusform> Pominięto %n link, który nie był linkiem do strony internetowej ani adresem e-mail.</numerusform>
            <numerusform> Pominięto %n linki, które nie były linkami do stron internetowych ani adresami e-mail.</numerusform>
            <numerusform> Pominięto %n linków, które nie były linkami do stron internetowych ani adresami e-mail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist imported</source>
        <translation>Zaimportowano listę kontrolną</translation>
    </message>
    <message>
        <source>{steps} step(s) imported into {path}.{dropped}

Open the file to check its platforms, regions and sources; Objector reloads it whenever you save it.</source>
        <translation>Zaimportowane kroki: {steps}, plik: {path}.{dropped}

Otwórz plik, aby sprawdzić jego platformy, regiony i źródła; Objector wczytuje go ponownie za każdym razem, gdy go zapiszesz.</translation>
    </message>
    <message>
        <source>Choose a guide or a step first.</source>
        <translation>Najpierw wybierz instrukcję lub krok.</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Zgłoś problem</translation>
    </message>
    <message>
        <source>A report about this procedure is on the clipboard. Paste it into an e-mail or an issue for the people who keep the procedures, and add what you saw. Objector sends nothing itself.</source>
        <translation>Zgłoszenie dotyczące tej instrukcji jest w schowku. Wklej je do e-maila lub do zgłoszenia (issue) dla osób, które prowadzą instrukcje, i dopisz, co się stało. Objector sam niczego nie wysyła.</translation>
    </message>
    <message>
        <source>Open in my e-mail program</source>
        <translation>Otwórz w moim programie pocztowym</translation>
    </message>
    <message>
        <source>No e-mail program answered. The report is on the clipboard: paste it into an e-mail or an issue for the people who keep the procedures.</source>
        <translation>Żaden program pocztowy nie odpowiedział. Zgłoszenie jest w schowku: wklej je do e-maila lub do zgłoszenia (issue) dla osób, które prowadzą instrukcje.</translation>
    </message>
    <message>
        <source>Actions due</source>
        <translation>Działania do zrobienia</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) due: see the Overview (Ctrl+2)</source>
        <translation>
            <numerusform>%n działanie do zrobienia: zobacz Przegląd (Ctrl+2)</numerusform>
            <numerusform>%n działania do zrobienia: zobacz Przegląd (Ctrl+2)</numerusform>
            <numerusform>%n działań do zrobienia: zobacz Przegląd (Ctrl+2)</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems: every file loaded.</source>
        <translation>Brak problemów: wszystkie pliki wczytano.</translation>
    </message>
    <message>
        <source>About Objector</source>
        <translation>O programie Objector</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keeps track of objecting to AI training on your data, account by account. Everything stays on this computer; Objector never connects to the internet itself.&lt;/p&gt;&lt;p&gt;Your data folder: {folder}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Objector {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Pomaga śledzić sprzeciwy wobec trenowania AI na Twoich danych, konto po koncie. Wszystko zostaje na tym komputerze; Objector sam nigdy nie łączy się z internetem.&lt;/p&gt;&lt;p&gt;Twój folder danych: {folder}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Przywróć z &amp;archiwum</translation>
    </message>
    <message>
        <source>Added the complaint guide to this account.</source>
        <translation>Dodano do tego konta instrukcję składania skargi.</translation>
    </message>
    <message>
        <source>Guides reloaded: {count} loaded.</source>
        <translation>Ponownie wczytano instrukcje: {count}.</translation>
    </message>
    <message>
        <source>Objector is already open: this is its window.</source>
        <translation>Objector jest już otwarty: to jest jego okno.</translation>
    </message>
    <message>
        <source>Updated: your data was changed outside this window.</source>
        <translation>Zaktualizowano: Twoje dane zostały zmienione poza tym oknem.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{platform}, {region}: {done} of %n step(s) done{archived}</source>
        <translation>
            <numerusform>{platform}, {region}: wykonano {done} z %n kroku{archived}</numerusform>
            <numerusform>{platform}, {region}: wykonano {done} z %n kroków{archived}</numerusform>
            <numerusform>{platform}, {region}: wykonano {done} z %n kroków{archived}</numerusform>
        </translation>
    </message>
    <message>
        <source>Guide and steps</source>
        <translation>Instrukcja i kroki</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (opcjonalnie)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gotowe</translation>
    </message>
    <message>
        <source>or: {title}</source>
        <translation>lub: {title}</translation>
    </message>
    <message>
        <source>{title} (in English)</source>
        <translation>{title} (po angielsku)</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} z {total}</translation>
    </message>
    <message>
        <source>{progress} · covered</source>
        <translation>{progress} · objęte</translation>
    </message>
    <message>
        <source>{progress} · {status}</source>
        <translation>{progress} · {status}</translation>
    </message>
    <message>
        <source>

Last checked {date}: may be out of date.</source>
        <translation>

Ostatnio sprawdzono {date}: może być nieaktualne.</translation>
    </message>
    <message>
        <source>

Do one of these: this route or the one above it. One is enough.</source>
        <translation>

Zrób jedno z dwóch: ten sposób albo ten powyżej. Wystarczy jeden.</translation>
    </message>
    <message>
        <source>

This guide is not yet translated into your language: it is shown in English.</source>
        <translation>

Ta instrukcja nie jest jeszcze przetłumaczona na Twój język: jest wyświetlana po angielsku.</translation>
    </message>
    <message>
        <source>

Covered by what you did on “{account}” (linked accounts: one request covers them all).</source>
        <translation>

Objęte dzięki temu, co zrobiono na koncie „{account}” (powiązane konta: jeden wniosek obejmuje je wszystkie).</translation>
    </message>
    <message numerus="yes">
        <source>{done} of %n step(s) done</source>
        <translation>
            <numerusform>Wykonano {done} z %n kroku</numerusform>
            <numerusform>Wykonano {done} z %n kroków</numerusform>
            <numerusform>Wykonano {done} z %n kroków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this, shown below: one route is enough</source>
        <translation>
            <numerusform>Inny sposób, pokazany poniżej: wystarczy jeden z nich</numerusform>
            <numerusform>%n inne sposoby, pokazane poniżej: wystarczy jeden</numerusform>
            <numerusform>%n innych sposobów, pokazanych poniżej: wystarczy jeden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other way(s) to do this (one route is enough)</source>
        <translation>
            <numerusform>Inny sposób, aby to zrobić (wystarczy jeden)</numerusform>
            <numerusform>%n inne sposoby, aby to zrobić (wystarczy jeden)</numerusform>
            <numerusform>%n innych sposobów, aby to zrobić (wystarczy jeden)</numerusform>
        </translation>
    </message>
    <message>
        <source>The route above is the one recommended. Open this row (its arrow, or Enter) to show the other ways right below it; you need only one of them.</source>
        <translation>Zalecany jest sposób powyżej. Otwórz ten wiersz (strzałką lub klawiszem Enter), aby zobaczyć pozostałe sposoby tuż pod nim; potrzebujesz tylko jednego z nich.</translation>
    </message>
    <message>
        <source>covered by {account}</source>
        <translation>objęte: {account}</translation>
    </message>
    <message>
        <source>Note changed elsewhere</source>
        <translation>Notatka zmieniona gdzie indziej</translation>
    </message>
    <message>
        <source>This note was changed outside this window (by another Objector or a command) while you were typing.

Keep both texts (the other one first, then yours), only yours, or only the other?</source>
        <translation>Podczas pisania ta notatka została zmieniona poza tym oknem (przez inne okno programu Objector lub polecenie).

Zachować oba teksty (najpierw tamten, potem Twój), tylko Twój czy tylko tamten?</translation>
    </message>
    <message>
        <source>Changed elsewhere:
{stored}

Typed here:
{typed}</source>
        <translation>Zmienione gdzie indziej:
{stored}

Wpisane tutaj:
{typed}</translation>
    </message>
    <message>
        <source>Keep &amp;both</source>
        <translation>Zachowaj &amp;oba</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zachowaj &amp;mój</translation>
    </message>
    <message>
        <source>Keep the &amp;other</source>
        <translation>Zachowaj &amp;tamten</translation>
    </message>
    <message>
        <source>Notes not saved</source>
        <translation>Notatki nie zostały zapisane</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) you typed could not be saved: {problem}.

File: {path}

{advice}

Stay in Objector to copy them somewhere safe (they are still in their note boxes), or close and lose them?</source>
        <translation>
            <numerusform>Nie udało się zapisać wpisanej notatki: {problem}.

Plik: {path}

{advice}

Zostać w programie Objector, aby skopiować ją w bezpieczne miejsce (wciąż jest w swoim polu), czy zamknąć program i ją stracić?</numerusform>
            <numerusform>%n wpisane notatki nie zostały zapisane: {problem}.

Plik: {path}

{advice}

Zostać w programie Objector, aby skopiować je w bezpieczne miejsce (wciąż są w swoich polach), czy zamknąć program i je stracić?</numerusform>
            <numerusform>%n wpisanych notatek nie zostało zapisanych: {problem}.

Plik: {path}

{advice}

Zostać w programie Objector, aby skopiować je w bezpieczne miejsce (wciąż są w swoich polach), czy zamknąć program i je stracić?</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or fold away the notes</source>
        <translation>Pokaż lub zwiń notatki</translation>
    </message>
    <message>
        <source>Notes for this account</source>
        <translation>Notatki do tego konta</translation>
    </message>
    <message>
        <source>Notes for this account…</source>
        <translation>Notatki do tego konta…</translation>
    </message>
    <message>
        <source>Notes for this guide</source>
        <translation>Notatki do tej instrukcji</translation>
    </message>
    <message>
        <source>Notes for this guide: reference numbers, replies…</source>
        <translation>Notatki do tej instrukcji: numery zgłoszeń, odpowiedzi…</translation>
    </message>
    <message>
        <source>Notes for this step</source>
        <translation>Notatki do tego kroku</translation>
    </message>
    <message>
        <source>Notes for this step…</source>
        <translation>Notatki do tego kroku…</translation>
    </message>
    <message>
        <source>Account &amp;notes</source>
        <translation>&amp;Notatki do konta</translation>
    </message>
    <message>
        <source>&amp;Guide notes</source>
        <translation>Notatki do instr&amp;ukcji</translation>
    </message>
    <message>
        <source>S&amp;tep notes</source>
        <translation>Notatki do k&amp;roku</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message numerus="yes">
        <source>Notes (%n with text)</source>
        <translation>
            <numerusform>Notatki (%n z tekstem)</numerusform>
            <numerusform>Notatki (%n z tekstem)</numerusform>
            <numerusform>Notatki (%n z tekstem)</numerusform>
        </translation>
    </message>
    <message>
        <source>Fold the notes away to give the step more room</source>
        <translation>Zwiń notatki, aby zrobić więcej miejsca na krok</translation>
    </message>
    <message>
        <source>Show the notes for this account, guide and step</source>
        <translation>Pokaż notatki do tego konta, instrukcji i kroku</translation>
    </message>
    <message>
        <source>You attached their reply for “{title}”, dated {date}. What did they answer?

Objector records it with that date; you can change it in the details.</source>
        <translation>Załączono ich odpowiedź dotyczącą „{title}” z datą {date}. Co odpowiedzieli?

Objector zapisze ją z tą datą; możesz ją zmienić w szczegółach.</translation>
    </message>
    <message>
        <source>You ticked the reply for “{title}”. What did they answer?

Objector records it with today&apos;s date; you can change the date in the details.</source>
        <translation>Zaznaczono otrzymanie odpowiedzi w „{title}”. Co odpowiedzieli?

Objector zapisze ją z dzisiejszą datą; datę możesz zmienić w szczegółach.</translation>
    </message>
    <message>
        <source>What came back?</source>
        <translation>Jaka przyszła odpowiedź?</translation>
    </message>
    <message>
        <source>They &amp;agreed</source>
        <translation>&amp;Zgodzili się</translation>
    </message>
    <message>
        <source>They &amp;refused</source>
        <translation>&amp;Odmówili</translation>
    </message>
    <message>
        <source>They need &amp;more time</source>
        <translation>Potrzebują &amp;więcej czasu</translation>
    </message>
    <message>
        <source>&amp;Nothing yet</source>
        <translation>Jeszcze &amp;nic</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Complain?</source>
        <translation>Złożyć skargę?</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Sprawdź ponownie</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>W trakcie</translation>
    </message>
    <message>
        <source>{date} · {kind} · {account} · {procedure}: {action}</source>
        <translation>{date} · {kind} · {account} · {procedure}: {action}</translation>
    </message>
    <message>
        <source>Next actions</source>
        <translation>Następne działania</translation>
    </message>
    <message>
        <source>Nothing is due. Objector will list replies, deadlines and settings to check again here when they come up.</source>
        <translation>Na razie nie ma nic do zrobienia. Gdy pojawią się odpowiedzi, terminy lub ustawienia do ponownego sprawdzenia, Objector pokaże je tutaj.</translation>
    </message>
    <message>
        <source>All accounts and guides</source>
        <translation>Wszystkie konta i instrukcje</translation>
    </message>
    <message>
        <source>&amp;Next actions</source>
        <translation>&amp;Następne działania</translation>
    </message>
    <message>
        <source>&amp;All accounts</source>
        <translation>Wszystkie k&amp;onta</translation>
    </message>
    <message>
        <source>Qt could not write the PDF to {path}</source>
        <translation>Biblioteka Qt nie mogła zapisać pliku PDF w {path}</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Pokaż problemy</translation>
    </message>
    <message>
        <source>Show the problems in guide files</source>
        <translation>Pokaż problemy w plikach instrukcji</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Dismiss the notice of problems in guide files</source>
        <translation>Zamknij powiadomienie o problemach w plikach instrukcji</translation>
    </message>
    <message numerus="yes">
        <source>%n guide file(s) have problems and were skipped; everything else loaded.</source>
        <translation>
            <numerusform>%n plik instrukcji ma problemy i został pominięty; wszystko inne wczytano.</numerusform>
            <numerusform>%n pliki instrukcji mają problemy i zostały pominięte; wszystko inne wczytano.</numerusform>
            <numerusform>%n plików instrukcji ma problemy i zostało pominiętych; wszystko inne wczytano.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a guide to this account</source>
        <translation>Dodaj instrukcję do tego konta</translation>
    </message>
    <message>
        <source>Hidden. Guide &gt; Show a hidden guide again brings it back.</source>
        <translation>Ukryto. Aby ją przywrócić, wybierz Instrukcja &gt; Pokaż ponownie ukrytą instrukcję.</translation>
    </message>
    <message>
        <source>No guide is hidden for this account.</source>
        <translation>Dla tego konta nie ukryto żadnej instrukcji.</translation>
    </message>
    <message>
        <source>Show a hidden guide again</source>
        <translation>Pokaż ponownie ukrytą instrukcję</translation>
    </message>
    <message>
        <source>Proposed, not in force:</source>
        <translation>Propozycje, które jeszcze nie obowiązują:</translation>
    </message>
    <message>
        <source>Most important:</source>
        <translation>Najważniejsze:</translation>
    </message>
    <message>
        <source>For your region ({region}):</source>
        <translation>Dla Twojego regionu ({region}):</translation>
    </message>
    <message>
        <source>What you get:</source>
        <translation>Co to daje:</translation>
    </message>
    <message>
        <source>Date that matters:</source>
        <translation>Ważna data:</translation>
    </message>
    <message>
        <source>More to know</source>
        <translation>Warto wiedzieć</translation>
    </message>
    <message>
        <source>Where sources disagree, for reviewers</source>
        <translation>Gdzie źródła się różnią (dla sprawdzających)</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Źródła</translation>
    </message>
    <message>
        <source>What is happening (updated {date})</source>
        <translation>Co się dzieje (aktualizacja: {date})</translation>
    </message>
    <message>
        <source>It may be out of date.</source>
        <translation>Informacje mogą być nieaktualne.</translation>
    </message>
    <message>
        <source>Its name for problem reports: {id}</source>
        <translation>Identyfikator do zgłaszania problemów: {id}</translation>
    </message>
    <message>
        <source>dated {published}, read {accessed}</source>
        <translation>z dnia {published}, odczytano {accessed}</translation>
    </message>
    <message>
        <source>dated {published}</source>
        <translation>z dnia {published}</translation>
    </message>
    <message>
        <source>undated, read {accessed}</source>
        <translation>bez daty, odczytano {accessed}</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>bez daty</translation>
    </message>
    <message>
        <source>This step&apos;s translation is older than the English text, which says:</source>
        <translation>Tłumaczenie tego kroku jest starsze niż tekst angielski, który brzmi:</translation>
    </message>
    <message>
        <source>What to expect:</source>
        <translation>Czego się spodziewać:</translation>
    </message>
    <message>
        <source>This guide changed since you finished it. New steps: {titles}</source>
        <translation>Ta instrukcja zmieniła się od czasu, gdy ją ukończono. Nowe kroki: {titles}</translation>
    </message>
    <message>
        <source>This guide changed since you finished it; check it again.</source>
        <translation>Ta instrukcja zmieniła się od czasu, gdy ją ukończono; sprawdź ją ponownie.</translation>
    </message>
    <message>
        <source>You ticked steps that are no longer in this guide (kept in your history): {steps}</source>
        <translation>Zaznaczono kroki, których nie ma już w tej instrukcji (zostają w Twojej historii): {steps}</translation>
    </message>
    <message>
        <source>Last checked on {date}: it may be out of date.</source>
        <translation>Ostatnio sprawdzono {date}: instrukcja może być nieaktualna.</translation>
    </message>
    <message>
        <source>Recorded as sent today: the reply clock has started.</source>
        <translation>Zapisano jako wysłane dzisiaj: czas na odpowiedź zaczął biec.</translation>
    </message>
    <message>
        <source>Recorded what came back, on {date}.</source>
        <translation>Zapisano odpowiedź z datą {date}.</translation>
    </message>
    <message>
        <source>Noted. Objector will remind you again later.</source>
        <translation>Zanotowano. Objector przypomni Ci o tym później.</translation>
    </message>
    <message>
        <source>Changes not saved yet</source>
        <translation>Zmiany jeszcze niezapisane</translation>
    </message>
    <message>
        <source>Not saved yet: {problem}.</source>
        <translation>Jeszcze nie zapisano: {problem}.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet: another program is using your data. Objector keeps trying.</source>
        <translation>
            <numerusform>%n zmiana nie jest jeszcze zapisana: inny program używa Twoich danych. Objector wciąż próbuje.</numerusform>
            <numerusform>%n zmiany nie są jeszcze zapisane: inny program używa Twoich danych. Objector wciąż próbuje.</numerusform>
            <numerusform>%n zmian nie jest jeszcze zapisanych: inny program używa Twoich danych. Objector wciąż próbuje.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still not saved: {problem}. File: {path}</source>
        <translation>Nadal nie zapisano: {problem}. Plik: {path}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>{problem}.

{advice}</source>
        <translation>{problem}.

{advice}</translation>
    </message>
    <message>
        <source>{title}: {error}

Nothing else was changed. If this keeps happening, use Guide &gt; Report a problem with this guide, or the command line (objector --help), and say what you did.</source>
        <translation>{title}: {error}

Niczego więcej nie zmieniono. Jeśli to się powtarza, użyj Instrukcja &gt; Zgłoś problem z tą instrukcją albo wiersza poleceń (objector --help) i opisz, co się działo.</translation>
    </message>
    <message>
        <source>Checklist or overview</source>
        <translation>Lista kontrolna lub przegląd</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Objector&lt;/h2&gt;&lt;p&gt;Add each account you want to protect: your Facebook, your Instagram, a second profile. Objector then shows, for each one, the steps to object to AI training or limit it, and keeps track of what you have done.&lt;/p&gt;&lt;p&gt;Everything stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Witaj w programie Objector&lt;/h2&gt;&lt;p&gt;Dodaj każde konto, które chcesz chronić: swój Facebook, swój Instagram, drugi profil. Objector pokaże potem dla każdego z nich kroki, dzięki którym sprzeciwisz się trenowaniu AI na Twoich danych lub je ograniczysz, i będzie śledzić Twoje postępy.&lt;/p&gt;&lt;p&gt;Wszystko zostaje na tym komputerze.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add your first account…</source>
        <translation>Dodaj pierwsze konto…</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Dodaj pierwsze konto</translation>
    </message>
    <message>
        <source>System language ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Objector will speak {language} from its next start.</source>
        <translation>Od następnego uruchomienia Objector będzie używać języka: {language}.</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Uruchom ponownie teraz</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Później</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
</context>
</TS>
