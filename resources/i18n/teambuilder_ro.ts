<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>TeamBuilder helps a small business decide which digital-marketing roles to hire, which to combine into one person and which to outsource, for its size, market and monthly budget. It works offline.</source>
        <translation>TeamBuilder ajută o afacere mică să decidă ce roluri de marketing digital să angajeze, pe care să le reunească într-o singură persoană și pe care să le externalizeze, în funcție de mărimea, piața și bugetul ei lunar. Funcționează fără conexiune la internet.</translation>
    </message>
    <message>
        <source>Where the role content comes from</source>
        <translation>De unde provine conținutul despre roluri</translation>
    </message>
    <message>
        <source>The roles, their ratings, pros, cons and advice are written in our own words from five articles in Persian, Arabic, Romanian and Vietnamese:</source>
        <translation>Rolurile, evaluările lor, avantajele, dezavantajele și sfaturile sunt redactate cu propriile noastre cuvinte, pe baza a cinci articole în persană, arabă, română și vietnameză:</translation>
    </message>
    <message>
        <source>Where the cost figures come from</source>
        <translation>De unde provin cifrele de cost</translation>
    </message>
    <message>
        <source>Default salaries and rates come from public sources; every figure can be changed under Edit &gt; Cost Assumptions.</source>
        <translation>Salariile și tarifele implicite provin din surse publice; orice valoare poate fi modificată din Editare &gt; Ipoteze de cost.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>fără dată</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licență</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Software liber, distribuit sub licența {licence}.</translation>
    </message>
    <message>
        <source>Persian and Arabic text is shown in the Vazirmatn font by Saber Rastikerdar, shipped under the SIL Open Font License 1.1.</source>
        <translation>Textele în persană și arabă sunt afișate cu fontul Vazirmatn, creat de Saber Rastikerdar și distribuit sub licența SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Despre {app}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versiunea {version}</translation>
    </message>
    <message>
        <source>About TeamBuilder</source>
        <translation>Despre TeamBuilder</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>Your changes could not be autosaved: %1</source>
        <translation>Modificările nu au putut fi salvate automat: %1</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved changes to “%1” were kept (autosaved %2).</source>
        <translation>TeamBuilder nu s-a închis corect, dar modificările nesalvate aduse planului „%1” au fost păstrate (salvare automată din %2).</translation>
    </message>
    <message>
        <source>Restore them to go on where you stopped, or discard them for good.</source>
        <translation>Restaurați-le ca să continuați de unde ați rămas sau renunțați definitiv la ele.</translation>
    </message>
    <message>
        <source>TeamBuilder did not close properly, but your unsaved plan was kept (autosaved %2).</source>
        <translation>TeamBuilder nu s-a închis corect, dar planul nesalvat a fost păstrat (salvare automată din %2).</translation>
    </message>
    <message>
        <source>Restore it to go on where you stopped, or discard it for good.</source>
        <translation>Restaurați-l ca să continuați de unde ați rămas sau renunțați definitiv la el.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurează</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Renunță</translation>
    </message>
</context>
<context>
    <name>BudgetChart</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation>Bugetul nu acoperă încă niciun post.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Budget %1 (over by %2)</source>
        <translation>Buget %1 (depășit cu %2)</translation>
    </message>
    <message>
        <source>Budget %1 (%2 left)</source>
        <translation>Buget %1 (rămân %2)</translation>
    </message>
    <message>
        <source>The team costs %1 a month of a %2 monthly budget.</source>
        <translation>Echipa costă %1 pe lună, dintr-un buget lunar de %2.</translation>
    </message>
    <message>
        <source>Budget chart</source>
        <translation>Graficul bugetului</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Made of</source>
        <translation>Alcătuit din</translation>
    </message>
    <message>
        <source>What the role does</source>
        <translation>Ce face rolul</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Rezultate așteptate</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>Caz de utilizare ideal</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>Avantaj-cheie</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Avantaje</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Dezavantaje</translation>
    </message>
    <message>
        <source>{role}: about {share} of its work</source>
        <translation>{role}: circa {share} din atribuții</translation>
    </message>
    <message>
        <source>Single role.</source>
        <translation>Rol unic.</translation>
    </message>
    <message>
        <source>Up to four roles fit side by side; left out: {names}.</source>
        <translation>Se pot afișa alăturat cel mult patru roluri; omise: {names}.</translation>
    </message>
    <message>
        <source>Not in the role catalogue, so not shown: {ids}.</source>
        <translation>Nu figurează în catalogul de roluri, deci nu sunt afișate: {ids}.</translation>
    </message>
    <message>
        <source>It also takes on smaller parts of: {names}. Up to four roles fit side by side.</source>
        <translation>Preia și părți mai mici din: {names}. Se pot afișa alăturat cel mult patru roluri.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a role…</source>
        <translation>Alegeți un rol…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>Choose at least two roles or combined roles to see them side by side.</source>
        <translation>Alegeți cel puțin două roluri sau roluri combinate pentru a le vedea alăturat.</translation>
    </message>
    <message>
        <source>Combined role: one person, several roles</source>
        <translation>Rol combinat: o persoană, mai multe roluri</translation>
    </message>
    <message>
        <source>Role from the seed table</source>
        <translation>Rol din tabelul de referință</translation>
    </message>
    <message>
        <source>Compare with its roles</source>
        <translation>Compară cu rolurile sale</translation>
    </message>
    <message>
        <source>Show this combined role next to the specialists whose work it takes on.</source>
        <translation>Afișează acest rol combinat lângă specialiștii a căror muncă o preia.</translation>
    </message>
    <message>
        <source>{level} of {steps} steps filled</source>
        <translation>{level} din {steps} trepte pline</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compară:</translation>
    </message>
    <message>
        <source>Role comparison</source>
        <translation>Compararea rolurilor</translation>
    </message>
    <message>
        <source>Role in column {n}</source>
        <translation>Rolul din coloana {n}</translation>
    </message>
    <message>
        <source>Choose the role or combined role shown in this column.</source>
        <translation>Alegeți rolul sau rolul combinat afișat în această coloană.</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Figure</source>
        <translation>Valoare</translation>
    </message>
    <message>
        <source>Not changed: {problem}</source>
        <translation>Nemodificat: {problem}</translation>
    </message>
    <message>
        <source>Enter a three-letter currency code such as USD, EUR or RON.</source>
        <translation>Introduceți un cod de monedă din trei litere, de exemplu USD, EUR sau RON.</translation>
    </message>
    <message>
        <source>Changing the currency does not convert the figures: type them in that currency.</source>
        <translation>Schimbarea monedei nu convertește valorile: introduceți-le în noua monedă.</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>fără dată</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Source: {publisher}, {title} ({year}).</source>
        <translation>De la salariu la costul total al angajatorului. Sursa: {publisher}, {title} ({year}).</translation>
    </message>
    <message>
        <source>Salary to full employer cost. Changed by you.</source>
        <translation>De la salariu la costul total al angajatorului. Modificat de dumneavoastră.</translation>
    </message>
    <message>
        <source>Cost Assumptions</source>
        <translation>Ipoteze de cost</translation>
    </message>
    <message>
        <source>The plan costs each role with these figures. Each one names its public source and year; point at a figure for details. Double-click a figure to change it.</source>
        <translation>Planul calculează costul fiecărui rol cu aceste valori. Fiecare își indică sursa publică și anul; țineți cursorul deasupra unei valori pentru detalii. Faceți dublu clic pe o valoare ca s-o modificați.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Monedă:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Monedă</translation>
    </message>
    <message>
        <source>Three-letter code of the currency of every amount.</source>
        <translation>Codul din trei litere al monedei în care sunt exprimate toate sumele.</translation>
    </message>
    <message>
        <source>Employer &amp;on-cost multiplier:</source>
        <translation>Multiplicator costuri &amp;angajator:</translation>
    </message>
    <message>
        <source>Employer on-cost multiplier</source>
        <translation>Multiplicator costuri angajator</translation>
    </message>
    <message>
        <source>An employee costs more than the salary: taxes, insurance and benefits. 1.29 means 29% on top of the salary.</source>
        <translation>Un angajat costă mai mult decât salariul: taxe, asigurări și beneficii. 1,29 înseamnă 29% în plus față de salariu.</translation>
    </message>
    <message>
        <source>Cost figures</source>
        <translation>Valori de cost</translation>
    </message>
    <message>
        <source>&amp;Reset to Defaults</source>
        <translation>&amp;Restabilește valorile implicite</translation>
    </message>
    <message>
        <source>Use the built-in figures from the public sources again.</source>
        <translation>Folosește din nou valorile predefinite, preluate din sursele publice.</translation>
    </message>
    <message>
        <source>Full-time employee</source>
        <translation>Angajat cu normă întreagă</translation>
    </message>
    <message>
        <source>Part-time employee</source>
        <translation>Angajat cu normă parțială</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenție</translation>
    </message>
    <message>
        <source>Fractional leader (part-time, outside)</source>
        <translation>Lider extern, cu timp parțial</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Introduceți o sumă.</translation>
    </message>
    <message>
        <source>That is not a number. Type digits, for example 4500 or 4,500.</source>
        <translation>Nu este un număr. Introduceți cifre, de exemplu 4500 sau 4.500.</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>Suma nu poate fi negativă.</translation>
    </message>
    <message>
        <source>That amount is too large. Enter at most %1.</source>
        <translation>Suma este prea mare. Introduceți cel mult %1.</translation>
    </message>
    <message>
        <source>Enter a share between 1 and 100 percent.</source>
        <translation>Introduceți o proporție între 1 și 100 la sută.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>Suma trebuie să fie mai mare decât zero.</translation>
    </message>
    <message>
        <source>Enter a multiplier between 1 and 3; 1.29 means 29% on top of the salary.</source>
        <translation>Introduceți un multiplicator între 1 și 3; 1,29 înseamnă 29% în plus față de salariu.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>Angajare</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Cost lunar</translation>
    </message>
    <message>
        <source>Source and year</source>
        <translation>Sursa și anul</translation>
    </message>
    <message>
        <source>{amount} a year</source>
        <translation>{amount} pe an</translation>
    </message>
    <message>
        <source>{rate} an hour, {hours} hours a month</source>
        <translation>{rate} pe oră, {hours} h pe lună</translation>
    </message>
    <message>
        <source>{percent} of the full-time cost</source>
        <translation>{percent} din costul normei întregi</translation>
    </message>
    <message>
        <source>{amount} a month</source>
        <translation>{amount} pe lună</translation>
    </message>
    <message>
        <source>Changed by you</source>
        <translation>Modificat de dumneavoastră</translation>
    </message>
    <message>
        <source>{publisher}, {year}</source>
        <translation>{publisher}, {year}</translation>
    </message>
    <message>
        <source>Assumption: share of the full-time cost</source>
        <translation>Ipoteză: proporție din costul normei întregi</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Ipoteză</translation>
    </message>
    <message>
        <source>You changed this figure; Reset to Defaults restores it.</source>
        <translation>Ați modificat această valoare; „Restabilește valorile implicite” o readuce la cea inițială.</translation>
    </message>
    <message>
        <source>Stand-in occupation: {proxy}</source>
        <translation>Ocupație de referință: {proxy}</translation>
    </message>
    <message>
        <source>Fully loaded monthly cost used by the plan.</source>
        <translation>Costul lunar total (cu toate cheltuielile angajatorului) folosit de plan.</translation>
    </message>
</context>
<context>
    <name>DeferredModel</name>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>De ce nu acum</translation>
    </message>
    <message>
        <source>Cost to add</source>
        <translation>Cost suplimentar</translation>
    </message>
    <message>
        <source>%1 a month (%2)</source>
        <comment>cost to add a role, then how it would be staffed</comment>
        <translation>%1 pe lună (%2)</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>The report could not be started.</source>
        <translation>Raportul nu a putut fi generat.</translation>
    </message>
    <message>
        <source>{title} — {date}</source>
        <translation>{title} — {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} din {pages}</translation>
    </message>
    <message>
        <source>Print Plan</source>
        <translation>Tipărire plan</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>Details: %1</source>
        <translation>Detalii: %1</translation>
    </message>
    <message>
        <source>The file does not exist any more: it may have been moved, renamed or deleted.</source>
        <translation>Fișierul nu mai există: poate a fost mutat, redenumit sau șters.</translation>
    </message>
    <message>
        <source>You do not have permission to read this file.</source>
        <translation>Nu aveți permisiunea de a citi acest fișier.</translation>
    </message>
    <message>
        <source>This is a folder, not a plan file.</source>
        <translation>Acesta este un dosar, nu un fișier de plan.</translation>
    </message>
    <message>
        <source>This is not an ordinary file, so it is not a plan.</source>
        <translation>Acesta nu este un fișier obișnuit, deci nu este un plan.</translation>
    </message>
    <message>
        <source>The file is far larger than any plan, so it was not read.</source>
        <translation>Fișierul este mult mai mare decât orice plan, așa că nu a fost citit.</translation>
    </message>
    <message>
        <source>The system could not read the file. If it is on a removable drive or a network folder, check that it is connected.</source>
        <translation>Sistemul nu a putut citi fișierul. Dacă se află pe o unitate detașabilă sau într-un dosar din rețea, verificați că este conectată.</translation>
    </message>
    <message>
        <source>It was made by a newer version of TeamBuilder. Update TeamBuilder to open it.</source>
        <translation>A fost creat cu o versiune mai nouă a TeamBuilder. Actualizați TeamBuilder pentru a-l deschide.</translation>
    </message>
    <message>
        <source>The file is damaged or is not a TeamBuilder plan.</source>
        <translation>Fișierul este deteriorat sau nu este un plan TeamBuilder.</translation>
    </message>
    <message>
        <source>The plan “%1” could not be opened.</source>
        <translation>Planul „%1” nu a putut fi deschis.</translation>
    </message>
    <message>
        <source>The file was not changed. TeamBuilder has started with a new plan instead.</source>
        <translation>Fișierul nu a fost modificat. TeamBuilder a pornit în schimb cu un plan nou.</translation>
    </message>
    <message>
        <source>The file was not changed, and the plan in the window is kept as it was.</source>
        <translation>Fișierul nu a fost modificat, iar planul din fereastră a rămas neschimbat.</translation>
    </message>
    <message>
        <source>The disk is full. Free some space, or save the plan on another drive.</source>
        <translation>Discul este plin. Eliberați spațiu sau salvați planul pe altă unitate.</translation>
    </message>
    <message>
        <source>This folder or drive is read-only. Save the plan in another folder, such as Documents.</source>
        <translation>Acest dosar sau această unitate este doar pentru citire. Salvați planul în alt dosar, de exemplu Documente.</translation>
    </message>
    <message>
        <source>You do not have permission to write in this folder. Save the plan in another folder, such as Documents.</source>
        <translation>Nu aveți permisiunea de a scrie în acest dosar. Salvați planul în alt dosar, de exemplu Documente.</translation>
    </message>
    <message>
        <source>The folder does not exist any more. Save the plan in another folder.</source>
        <translation>Dosarul nu mai există. Salvați planul în alt dosar.</translation>
    </message>
    <message>
        <source>The file is read-only. Save the plan under another name.</source>
        <translation>Fișierul este doar pentru citire. Salvați planul cu alt nume.</translation>
    </message>
    <message>
        <source>A folder has this name. Choose a file name instead.</source>
        <translation>Există deja un dosar cu acest nume. Alegeți în schimb un nume de fișier.</translation>
    </message>
    <message>
        <source>The file name is too long. Choose a shorter name.</source>
        <translation>Numele fișierului este prea lung. Alegeți un nume mai scurt.</translation>
    </message>
    <message>
        <source>The plan is too large to save. Shorten its notes.</source>
        <translation>Planul este prea mare pentru a fi salvat. Scurtați-i notițele.</translation>
    </message>
    <message>
        <source>The system reported an error. Try saving the plan in another folder.</source>
        <translation>Sistemul a raportat o eroare. Încercați să salvați planul în alt dosar.</translation>
    </message>
    <message>
        <source>The plan could not be saved to “%1”.</source>
        <translation>Planul nu a putut fi salvat în „%1”.</translation>
    </message>
    <message>
        <source>Your changes are still in the window, not saved yet. A file saved there before is unchanged.</source>
        <translation>Modificările sunt încă în fereastră, dar nu au fost salvate. Un fișier salvat acolo anterior a rămas neschimbat.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <comment>a percentage, e.g. 60%</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This view is not available yet.</source>
        <translation>Această vizualizare nu este încă disponibilă.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nou</translation>
    </message>
    <message>
        <source>Start a new plan.</source>
        <translation>Începe un plan nou.</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>&amp;Deschide...</translation>
    </message>
    <message>
        <source>Open a saved plan.</source>
        <translation>Deschide un plan salvat.</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Planuri &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Golește lista</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvează</translation>
    </message>
    <message>
        <source>Save the plan.</source>
        <translation>Salvează planul.</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Salvează c&amp;a...</translation>
    </message>
    <message>
        <source>Save the plan under a new name.</source>
        <translation>Salvează planul sub alt nume.</translation>
    </message>
    <message>
        <source>Export &amp;PDF...</source>
        <translation>Exportă ca &amp;PDF...</translation>
    </message>
    <message>
        <source>Write the plan as a PDF report.</source>
        <translation>Salvează planul ca raport PDF.</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Exportă ca &amp;CSV...</translation>
    </message>
    <message>
        <source>Write the team lines as a CSV spreadsheet file.</source>
        <translation>Salvează componența echipei într-un fișier de calcul tabelar CSV.</translation>
    </message>
    <message>
        <source>P&amp;rint...</source>
        <translation>&amp;Tipărește...</translation>
    </message>
    <message>
        <source>Print the plan.</source>
        <translation>Tipărește planul.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <source>&amp;Cost Assumptions...</source>
        <translation>&amp;Ipoteze de cost...</translation>
    </message>
    <message>
        <source>See and change the salaries and rates the plan is costed with.</source>
        <translation>Afișează și modifică salariile și tarifele cu care se calculează costurile planului.</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scurtături de tastatură</translation>
    </message>
    <message>
        <source>&amp;About TeamBuilder</source>
        <translation>&amp;Despre TeamBuilder</translation>
    </message>
    <message>
        <source>Recommended &amp;Team</source>
        <translation>&amp;Echipa recomandată</translation>
    </message>
    <message>
        <source>&amp;Compare Roles</source>
        <translation>&amp;Compararea rolurilor</translation>
    </message>
    <message>
        <source>Role &amp;Library</source>
        <translation>&amp;Biblioteca de roluri</translation>
    </message>
    <message>
        <source>No plan could be worked out for these answers, so the plan shown has not changed: %1</source>
        <translation>Pentru aceste răspunsuri nu s-a putut întocmi un plan, așa că planul afișat a rămas neschimbat: %1</translation>
    </message>
    <message>
        <source>The role descriptions in this language cannot be read, so the English ones are shown: %1</source>
        <translation>Descrierile rolurilor în această limbă nu pot fi citite, așa că sunt afișate cele în engleză: %1</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “%1”?</source>
        <translation>Salvați modificările aduse planului „%1”?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Dacă nu le salvați, modificările se vor pierde.</translation>
    </message>
    <message>
        <source>Open Plan</source>
        <translation>Deschidere plan</translation>
    </message>
    <message>
        <source>TeamBuilder plans (*%1)</source>
        <translation>Planuri TeamBuilder (*%1)</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>acest plan</translation>
    </message>
    <message>
        <source>The plan&apos;s cost assumptions cannot be used, so the built-in figures are used instead: %1</source>
        <translation>Ipotezele de cost ale planului nu pot fi folosite, așa că se folosesc valorile predefinite: %1</translation>
    </message>
    <message>
        <source>Marketing team plan</source>
        <translation>Planul echipei de marketing</translation>
    </message>
    <message>
        <source>Save Plan</source>
        <translation>Salvare plan</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Salvat în %1.</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Niciun plan recent</translation>
    </message>
    <message>
        <source>your cost assumptions</source>
        <translation>ipotezele de cost</translation>
    </message>
    <message>
        <source>These cost assumptions cannot be used.</source>
        <translation>Aceste ipoteze de cost nu pot fi folosite.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documente PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written.</source>
        <translation>Fișierul PDF nu a putut fi scris.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportat în %1.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Export CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fișiere CSV (*.csv)</translation>
    </message>
    <message>
        <source>The CSV file could not be written.</source>
        <translation>Fișierul CSV nu a putut fi scris.</translation>
    </message>
    <message>
        <source>This feature is not available yet.</source>
        <translation>Această funcție nu este încă disponibilă.</translation>
    </message>
</context>
<context>
    <name>Mode</name>
    <message>
        <source>Full-time</source>
        <translation>Normă întreagă</translation>
    </message>
    <message>
        <source>Part-time</source>
        <translation>Normă parțială</translation>
    </message>
    <message>
        <source>Freelancer</source>
        <translation>Freelancer</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agenție</translation>
    </message>
    <message>
        <source>Fractional leader</source>
        <translation>Lider extern cu timp parțial</translation>
    </message>
</context>
<context>
    <name>NumberInput</name>
    <message>
        <source>Enter a number.</source>
        <translation>Introduceți un număr.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>„%1” nu este un număr.</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Introduceți cel puțin %1.</translation>
    </message>
    <message>
        <source>Enter at most %1.</source>
        <translation>Introduceți cel mult %1.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Introduceți un număr întreg.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nemodificat: %1</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Untitled</source>
        <translation>Fără titlu</translation>
    </message>
    <message>
        <source>%1[*] — %2</source>
        <comment>plan name, then the application name</comment>
        <translation>%1[*] — %2</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <source>How many people work in the whole company.</source>
        <translation>Câte persoane lucrează în toată compania.</translation>
    </message>
    <message>
        <source>Em&amp;ployees:</source>
        <translation>&amp;Număr de angajați:</translation>
    </message>
    <message>
        <source>Number of employees</source>
        <translation>Numărul de angajați</translation>
    </message>
    <message>
        <source>Mar&amp;ket focus:</source>
        <translation>&amp;Piața țintă:</translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation>Companii (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>Consumatori (B2C)</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambele</translation>
    </message>
    <message>
        <source>Whether you sell to other businesses, to consumers, or to both.</source>
        <translation>Dacă vindeți altor companii, consumatorilor sau ambelor categorii.</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>Piața țintă</translation>
    </message>
    <message>
        <source>Monthly &amp;budget:</source>
        <translation>&amp;Buget lunar:</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services, in %1.</source>
        <translation>Cât puteți cheltui lunar pe personal și servicii de marketing, în %1.</translation>
    </message>
    <message>
        <source>What you can spend each month on marketing people and services.</source>
        <translation>Cât puteți cheltui lunar pe personal și servicii de marketing.</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Buget lunar</translation>
    </message>
    <message>
        <source>Currency of the cost assumptions (Edit &gt; Cost assumptions).</source>
        <translation>Moneda ipotezelor de cost (Editare &gt; Ipoteze de cost).</translation>
    </message>
    <message>
        <source>Time h&amp;orizon:</source>
        <translation>&amp;Orizont de timp:</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>Rezultate rapide</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Echilibrat</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>Creștere pe termen lung</translation>
    </message>
    <message>
        <source>Whether results must come quickly or you are building for the long term.</source>
        <translation>Dacă rezultatele trebuie să vină repede sau construiți pe termen lung.</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Orizont de timp</translation>
    </message>
    <message>
        <source>&amp;Digital products or online platform</source>
        <translation>Produse di&amp;gitale sau platformă online</translation>
    </message>
    <message>
        <source>Tick this if the business sells or builds software, an app or a web service, or runs an online platform: its marketing technology then needs an owner, the digital product manager.</source>
        <translation>Bifați dacă firma vinde sau dezvoltă software, o aplicație ori un serviciu web sau administrează o platformă online: atunci tehnologia sa de marketing are nevoie de un responsabil, managerul de produs digital.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>Brand &amp;awareness</source>
        <translation>&amp;Notorietatea brandului</translation>
    </message>
    <message>
        <source>Get known by more of the people you sell to.</source>
        <translation>Să vă cunoască mai mulți dintre oamenii cărora le vindeți.</translation>
    </message>
    <message>
        <source>More &amp;leads</source>
        <translation>Mai mulți &amp;clienți potențiali</translation>
    </message>
    <message>
        <source>More enquiries and prospects for your sales team.</source>
        <translation>Mai multe solicitări și clienți potențiali pentru echipa de vânzări.</translation>
    </message>
    <message>
        <source>O&amp;nline sales</source>
        <translation>Vânzări on&amp;line</translation>
    </message>
    <message>
        <source>Sell more through your website or online shop.</source>
        <translation>Să vindeți mai mult prin site sau prin magazinul online.</translation>
    </message>
    <message>
        <source>Keep &amp;customers</source>
        <translation>Fideli&amp;zarea clienților</translation>
    </message>
    <message>
        <source>Bring existing customers back and keep them.</source>
        <translation>Să readuceți clienții existenți și să-i păstrați.</translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>Roluri deja acoperite</translation>
    </message>
    <message>
        <source>Tick the roles someone in the company already does, so the plan does not hire for them.</source>
        <translation>Bifați rolurile de care se ocupă deja cineva din companie, ca planul să nu prevadă angajări pentru ele.</translation>
    </message>
</context>
<context>
    <name>Ratings</name>
    <message>
        <source>Low</source>
        <translation>Scăzut</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mediu</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Ridicat</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>Complexitatea implementării</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>Resurse necesare</translation>
    </message>
    <message>
        <source>Derived from the roles it merges: as demanding as its most demanding part ({roles}).</source>
        <translation>Dedus din rolurile pe care le reunește: la fel de solicitant ca partea sa cea mai solicitantă ({roles}).</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>{rating}: {word} ({step} of {steps}). {note}</source>
        <translation>{rating}: {word} ({step} din {steps}). {note}</translation>
    </message>
    <message>
        <source>Rating meter</source>
        <translation>Indicator de evaluare</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Businesses (B2B)</source>
        <translation>Companii (B2B)</translation>
    </message>
    <message>
        <source>Consumers (B2C)</source>
        <translation>Consumatori (B2C)</translation>
    </message>
    <message>
        <source>Businesses and consumers (B2B and B2C)</source>
        <translation>Companii și consumatori (B2B și B2C)</translation>
    </message>
    <message>
        <source>Brand awareness</source>
        <translation>Notorietatea brandului</translation>
    </message>
    <message>
        <source>More leads</source>
        <translation>Mai mulți clienți potențiali</translation>
    </message>
    <message>
        <source>Online sales</source>
        <translation>Vânzări online</translation>
    </message>
    <message>
        <source>Keep customers</source>
        <translation>Fidelizarea clienților</translation>
    </message>
    <message>
        <source>Quick results</source>
        <translation>Rezultate rapide</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Echilibrat</translation>
    </message>
    <message>
        <source>Long-term growth</source>
        <translation>Creștere pe termen lung</translation>
    </message>
    <message>
        <source>People in the company</source>
        <translation>Numărul de persoane din companie</translation>
    </message>
    <message>
        <source>Market focus</source>
        <translation>Piața țintă</translation>
    </message>
    <message>
        <source>Monthly budget for marketing people</source>
        <translation>Buget lunar pentru personalul de marketing</translation>
    </message>
    <message>
        <source>Time horizon</source>
        <translation>Orizont de timp</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Obiective</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Roles already covered</source>
        <translation>Roluri deja acoperite</translation>
    </message>
    <message>
        <source>Digital products</source>
        <translation>Produse digitale</translation>
    </message>
    <message>
        <source>Sells or builds digital products or runs an online platform</source>
        <translation>Vinde sau dezvoltă produse digitale ori administrează o platformă online</translation>
    </message>
    <message>
        <source>Total a month</source>
        <translation>Total pe lună</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Buget lunar</translation>
    </message>
    <message>
        <source>Left in the budget</source>
        <translation>Rămas din buget</translation>
    </message>
    <message>
        <source>Over the budget</source>
        <translation>Peste buget</translation>
    </message>
    <message>
        <source>Person or service</source>
        <translation>Persoană sau serviciu</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Acoperă</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Formă de angajare</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Cost lunar</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Implementation complexity</source>
        <translation>Complexitatea implementării</translation>
    </message>
    <message>
        <source>Resource requirements</source>
        <translation>Resurse necesare</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>Avantaj-cheie</translation>
    </message>
    <message>
        <source>{amount} a month ({mode})</source>
        <translation>{amount} pe lună ({mode})</translation>
    </message>
    <message>
        <source>Why not now</source>
        <translation>De ce nu acum</translation>
    </message>
    <message>
        <source>What adding it would cost</source>
        <translation>Cât ar costa adăugarea</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>fără dată</translation>
    </message>
    <message>
        <source>Digital marketing team plan, {date}</source>
        <translation>Planul echipei de marketing digital, {date}</translation>
    </message>
    <message>
        <source>Made with {app} {version} on {date}. Costs are in {currency}, including employer on-costs (x{multiplier}).</source>
        <translation>Generat cu {app} {version} pe {date}. Costurile sunt în {currency} și includ cheltuielile angajatorului (x{multiplier}).</translation>
    </message>
    <message>
        <source>Roles, ratings and advice come from these articles:</source>
        <translation>Rolurile, evaluările și sfaturile provin din aceste articole:</translation>
    </message>
    <message>
        <source>Cost figures come from these public sources:</source>
        <translation>Cifrele de cost provin din aceste surse publice:</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Afacerea dumneavoastră</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>Echipa recomandată</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>Spending against the budget</source>
        <translation>Cheltuieli raportate la buget</translation>
    </message>
    <message>
        <source>The recommended roles side by side</source>
        <translation>Rolurile recomandate, alăturat</translation>
    </message>
    <message>
        <source>Roles left for later</source>
        <translation>Roluri amânate pentru mai târziu</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>Canale prioritare</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>Pașii următori, pe măsură ce bugetul crește</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>No one fits within this budget yet.</source>
        <translation>Bugetul nu acoperă încă niciun post.</translation>
    </message>
</context>
<context>
    <name>RichText</name>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>RoleLibrary</name>
    <message>
        <source>Roles</source>
        <translation>Roluri</translation>
    </message>
    <message>
        <source>Combined roles</source>
        <translation>Roluri combinate</translation>
    </message>
    <message>
        <source>The eight roles of a digital marketing team.</source>
        <translation>Cele opt roluri ale unei echipe de marketing digital.</translation>
    </message>
    <message>
        <source>One person taking on parts of several roles.</source>
        <translation>O singură persoană preia părți din mai multe roluri.</translation>
    </message>
    <message>
        <source>Combined role: one person taking on parts of several roles</source>
        <translation>Rol combinat: o singură persoană preia părți din mai multe roluri</translation>
    </message>
    <message>
        <source>Made of</source>
        <translation>Alcătuit din</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>Rezultate așteptate</translation>
    </message>
    <message>
        <source>Leadership role from the seed table</source>
        <translation>Rol de conducere din tabelul de referință</translation>
    </message>
    <message>
        <source>Generalist role from the seed table</source>
        <translation>Rol de generalist din tabelul de referință</translation>
    </message>
    <message>
        <source>Specialist role from the seed table</source>
        <translation>Rol de specialist din tabelul de referință</translation>
    </message>
    <message>
        <source>Ideal use case</source>
        <translation>Caz de utilizare ideal</translation>
    </message>
    <message>
        <source>Key advantage</source>
        <translation>Avantaj-cheie</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Pe scurt</translation>
    </message>
    <message>
        <source>Responsibilities</source>
        <translation>Responsabilități</translation>
    </message>
    <message>
        <source>How to measure it (KPIs)</source>
        <translation>Cum se măsoară (KPI-uri)</translation>
    </message>
    <message>
        <source>Practical tips</source>
        <translation>Sfaturi practice</translation>
    </message>
    <message>
        <source>{name}: {text}</source>
        <translation>{name}: {text}</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canale</translation>
    </message>
    <message>
        <source>Pros</source>
        <translation>Avantaje</translation>
    </message>
    <message>
        <source>Cons</source>
        <translation>Dezavantaje</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Surse</translation>
    </message>
    <message>
        <source>Show {name} side by side with other roles.</source>
        <translation>Afișează rolul {name} alături de alte roluri.</translation>
    </message>
    <message>
        <source>Search roles, tasks, KPIs, channels</source>
        <translation>Căutați roluri, sarcini, KPI-uri, canale</translation>
    </message>
    <message>
        <source>Search roles</source>
        <translation>Căutare roluri</translation>
    </message>
    <message>
        <source>Type a word to list only the roles that mention it.</source>
        <translation>Tastați un cuvânt ca să fie listate doar rolurile care îl menționează.</translation>
    </message>
    <message>
        <source>Role description</source>
        <translation>Descrierea rolului</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compară…</translation>
    </message>
    <message>
        <source>Compare this role</source>
        <translation>Compară acest rol</translation>
    </message>
    <message>
        <source>No role mentions that. Try another word.</source>
        <translation>Niciun rol nu menționează acest cuvânt. Încercați altul.</translation>
    </message>
    <message>
        <source>Role library</source>
        <translation>Biblioteca de roluri</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scurtături de tastatură</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scurtătură</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scurtături de tastatură</translation>
    </message>
    <message>
        <source>No keyboard shortcuts are defined.</source>
        <translation>Nu este definită nicio scurtătură de tastatură.</translation>
    </message>
</context>
<context>
    <name>TeamModel</name>
    <message>
        <source>%1 %2</source>
        <comment>role name, then the share of its work, e.g. &apos;SEO 60%&apos;</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Roles covered</source>
        <translation>Roluri acoperite</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cum</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Cost lunar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>De ce</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <source>%1 a month</source>
        <translation>%1 pe lună</translation>
    </message>
    <message>
        <source>Covers: %1</source>
        <translation>Acoperă: %1</translation>
    </message>
    <message>
        <source>Compare with the specialists</source>
        <translation>Compară cu specialiștii</translation>
    </message>
    <message>
        <source>Compare this combined role with the specialist roles it replaces.</source>
        <translation>Compară acest rol combinat cu rolurile de specialitate pe care le înlocuiește.</translation>
    </message>
    <message>
        <source>Describe your business on the left to see a recommended team.</source>
        <translation>Descrieți-vă afacerea în panoul din stânga ca să vedeți o echipă recomandată.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, within your budget of %2.</source>
        <translation>Această echipă costă %1 pe lună și se încadrează în bugetul dumneavoastră de %2.</translation>
    </message>
    <message>
        <source>This team costs %1 a month, over your budget of %2.</source>
        <translation>Această echipă costă %1 pe lună și depășește bugetul dumneavoastră de %2.</translation>
    </message>
    <message>
        <source>No one fits within a budget of %1 a month yet.</source>
        <translation>Un buget de %1 pe lună nu acoperă încă niciun post.</translation>
    </message>
    <message>
        <source>This team covers about %1 of the marketing work your profile calls for.</source>
        <translation>Această echipă acoperă aproximativ %1 din munca de marketing de care are nevoie profilul dumneavoastră.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <comment>numbered list item</comment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No channel stands out for this profile.</source>
        <translation>Niciun canal nu iese în evidență pentru acest profil.</translation>
    </message>
    <message>
        <source>This team already covers every role.</source>
        <translation>Această echipă acoperă deja toate rolurile.</translation>
    </message>
    <message>
        <source>Monthly spend against your budget</source>
        <translation>Cheltuieli lunare raportate la buget</translation>
    </message>
    <message>
        <source>Recommended team</source>
        <translation>Echipa recomandată</translation>
    </message>
    <message>
        <source>Not in the team yet</source>
        <translation>Încă neincluse în echipă</translation>
    </message>
    <message>
        <source>Roles not in the team yet</source>
        <translation>Roluri încă neincluse în echipă</translation>
    </message>
    <message>
        <source>Every role is covered.</source>
        <translation>Toate rolurile sunt acoperite.</translation>
    </message>
    <message>
        <source>Channels to favour</source>
        <translation>Canale prioritare</translation>
    </message>
    <message>
        <source>Next steps as the budget grows</source>
        <translation>Pașii următori, pe măsură ce bugetul crește</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bine de știut</translation>
    </message>
</context>
</TS>
