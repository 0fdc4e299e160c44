from common import N, case
PATTERN = "P3"
CASES = [
case("A4", "1-4", "M", "W", "OTH", "N3",
 "Client, 31, recurrent depressive disorder - current episode severe. Under CMHT 6 months, on mirtazapine. Lives alone with 3 children (7, 5 and 18 months). "
 "Spends most of the day in bed - 'I just can't make myself do things'. The 7 yr old takes the 5 yr old to school. Toddler 'in the cot a lot'. "
 "Ex-partner no contact. No family locally. Frightened to tell anyone how bad it is in case the children are taken.",
 [N("M", "FH", "Client needs her depression to lift enough to get up, feed the children and take them out every day.", 4,
    "PHQ-9 below 15; client up and dressed most days.", "Care coordinator, medication review, home treatment team.", "P"),
  N("C", "ST", "The toddler needs to be played with, talked to and out of the cot for most of the day.", 3, "", "", "N"),
  N("S", "GB", "The 7 yr old needs to stop being the one who gets his brother to school.", 2, "", "", "N"),
  N("M", "FSI", "Client needs people she can tell how bad things are without fearing the children will be removed.", 3, "", "", "N")],
 ["AMH"], ["AMH", "EH", "HUB", "SW"], 4),

case("A4", "10-15", "F", "W", "OTH", "N3",
 "Father (42), bipolar affective disorder, recently discharged from Fernhill Ward after 6 week admission (manic episode). Lone father of a 10 yr old girl - she stayed with an aunt "
 "during admission and is now home. Lithium compliance uncertain. Before admission he kept her off school for a week for 'a road trip'. "
 "Good insight when well and clearly adores his daughter.",
 [N("F", "FH", "Client needs to recognise the early signs of becoming unwell and have a plan in place for his daughter before it happens.", 3,
    "Relapse signature written with aunt; advance statement.", "Care coordinator.", "P"),
  N("C", "STA", "She needs to know who she will stay with and what will happen if Dad becomes unwell again.", 3, "", "FGC would help.", "N"),
  N("C", "EBD", "She needs to understand Dad's illness in words that make sense to her.", 2, "", "Young carers info session?", "N")],
 ["AMH"], ["AMH", "FGC", "EH", "YC"], 3,
 "Close to P8 (a child living with a parent's mental illness); here the need is her care and stability when he relapses, not a caring role."),

case("A4", "under 1", "M", "W", "OTH", "N3",
 "Mother, 26, transferred from perinatal mental health team to CMHT. Severe OCD with intrusive thoughts of harming her baby (ego-dystonic, no intent). As a result she avoids bathing "
 "or changing him and leaves most care to her own mother, who is exhausted. Baby 9 months, developing well. Client distressed and ashamed of the thoughts.",
 [N("M", "FH", "Client needs the intrusive thoughts to reduce so she can do hands-on care - bathing, changing - herself.", 3,
    "Client doing bath time 3x a week.", "CBT with ERP.", "P"),
  N("C", "EW", "Baby needs to build a close bond with his mum, not only his grandmother.", 3, "", "", "N"),
  N("O", "WF", "Grandmother needs a break.", 2, "", "", "N")],
 ["AMH"], ["AMH", "HV", "HUB"], 3),

case("A5", "under 1", "F", "W", "OTH", "N0",
 "Baby 10/52. Mum EPDS 19 at 6 wk check, tearful throughout, says she feels 'nothing' for baby. Baby bottle fed, feeding well, wt steady on 9th centile. "
 "Dad back at work after 2 wks paternity, long shifts. Mum not leaving the house, not attended any groups. No previous MH history. GP appt made - Mum agreed.",
 [N("M", "EW", "Mum needs to feel connected to her baby and enjoy her.", 3, "EPDS <10; Mum describes enjoying baby.", "Listening visits; perinatal MH.", "P"),
  N("C", "ST", "Baby needs face to face play and talk every day.", 2, "", "Baby massage at hub.", "N"),
  N("F", "FH", "Dad needs to understand postnatal depression and know when Mum needs more help.", 2, "", "", "N")],
 ["HV"], ["HV", "AMH", "HUB"], 3),

case("A5", "1-4", "F", "W", "EH", "N3",
 "2 yr review. Child has 4 single words; ASQ below cut-off for communication and personal-social. Mum (24) has learning difficulties (went to Larchfield) and anxiety. "
 "Lives with her own mum who works full time. Home clean but child in front of TV for long periods, few toys, still in pushchair for walks. "
 "Visible tooth decay - bottle of juice at night. Mum loving but doesn't know how to play with her.",
 [N("C", "ST", "Child needs to be talked to, played with and out of the pushchair exploring.", 3, "ASQ re-done at 2.5 yrs within range.", "", "N"),
  N("C", "HEA", "No juice in bottle at night; teeth brushed twice a day.", 2, "", "Dental.", "N"),
  N("M", "ST", "Mum needs to be shown, step by step, how to play and talk with her daughter in ways she can remember.", 3,
    "Mum shows 2 new play ideas at next visit.", "Home learning environment visits; Early Help.", "P"),
  N("C", "HEA", "Needs a speech and language assessment.", 2, "", "SALT referral.", "K")],
 ["HV"], ["HV", "SLT", "HUB", "EH", "OTH"], 3),

case("A5", "10-15", "M", "W", "EH", "N3",
 "Y6 boy referred by school for weight (BMI >99.8th centile) and poor hygiene. On home visit Mum (long-term agoraphobia and depression) has not left the flat for over a year. "
 "Boy does the shopping on the way home from school - mostly crisps and microwave meals. No shoes that fit; PE kit never in. Loyal to Mum, says she is 'fine'. "
 "Older sister (19) left home last year.",
 [N("C", "HEA", "Needs a healthier diet and daily activity.", 3, "BMI centile stable / reducing.", "School nurse healthy weight.", "P"),
  N("C", "SP", "Needs clean clothes, shoes that fit and PE kit.", 2, "", "", "N"),
  N("M", "FH", "Mum needs to be able to get out, even to the corner shop, so she isn't relying on her son for food.", 3, "", "", "N")],
 ["HV"], ["HV", "AMH", "EH", "YC"], 3,
 "Boy does the shopping (close to P8), but the main need is the neglect of his health while his mother cannot go out."),

case("A2", "5-9", "F", "W", "OTH", "N0",
 "Year 3 girl. Attendance 81%. She comes in unkempt - hair not brushed, same clothes all week - and often with no packed lunch or lunch money. Her teacher says she is very "
 "tired and watches YouTube in bed 'till really late'. Mum is friendly at the gate on good days but on other days doesn't come out of the house and the girl walks herself to school "
 "(10 minutes, crossing a main road). Mum told us she 'has bad anxiety and depression'. Dad not involved. Early Help offered - Mum declined.",
 [N("C", "BC", "She needs a packed lunch or dinner money every day and clean clothes.", 2, "", "We give her toast and lunch when needed.", "P"),
  N("C", "ES", "She needs an adult to walk her to school across the main road.", 3, "", "", "N"),
  N("C", "HEA", "She needs a proper bedtime.", 2, "", "", "N"),
  N("M", "FH", "Mum needs help with her anxiety so she can do the school run.", 3, "", "", "N")],
 [], ["EH", "AMH"], 3),

case("A2", "1-4", "M", "W", "OTH", "N0",
 "Nursery class boy (4). Arrives late most days; Mum is often very low and tearful when she drops him off and has said she 'can't do this any more'. Dad works away for weeks at a time. "
 "He is behind with speech and self-care - not toilet trained, can't put his coat on. A delightful, very affectionate child. Health visitor involvement ended at 2.",
 [N("C", "SC", "He needs to be toilet trained and able to put on his coat before Reception.", 2, "", "Nursery plan.", "P"),
  N("C", "HEA", "He needs to build his speech.", 2, "", "", "N"),
  N("M", "FH", "Mum's low mood needs to be taken seriously.", 3, "", "Advised Mum to see GP.", "K"),
  N("F", "FH", "Dad needs to know how much Mum is struggling while he is away.", 2, "", "", "N")],
 ["EDU"], ["HV", "HUB", "AMH", "SLT"], 3),

case("A1", "10-15", "F", "W", "CPP", "N3",
 "CIN -> CPP (neglect) after 3rd referral in 12 months. Mum dx schizophrenia, not taking depot, paranoid beliefs that neighbours are watching; ch (9 and 12) kept indoors at weekends, "
 "not allowed phones. Home conds deteriorating. Ch attending school but 12yo told teacher she is 'scared of Mum when she's like this'. Dad lives nearby and would have the ch, "
 "Mum refuses. MHA assessment last month - not detained.",
 [N("C", "STA", "Ch need somewhere to go when Mum is unwell.", 4, "Agreed plan for ch to go to Dad's.", "FGC; SW.", "P"),
  N("M", "FH", "Mum needs to take her medication so her beliefs don't take over the ch's lives.", 4, "Depot given on time for 3 months.", "CMHT care coordinator.", "P"),
  N("F", "WF", "Dad needs to be part of the plan so the ch can stay with him when Mum is unwell.", 3, "", "", "P")],
 ["SW", "AMH"], ["SW", "AMH", "FGC", "YC"], 4),

case("A1", "5-9", "M", "W", "CIN", "N3",
 "EH stepped up to CIN. Mum (35) PND after 4th child; 4 ch under 8. Older 3 missing school frequently, home conds v poor (nappies, mouldy food), Mum lying on sofa on visits. "
 "Dad works 2 jobs, out 6am-9pm. Close, loving family. No substance misuse indicated - hair strand tests negative.",
 [N("W", "BC", "House needs to be clean and safe enough for a baby and three young ch.", 3, "Home conds checklist improving on 3 visits.", "Family support worker - practical help.", "P"),
  N("M", "FH", "Mum's depression needs to lift so she can manage mornings.", 3, "", "GP / perinatal.", "P"),
  N("C", "EDU", "6yo needs to be in school every day.", 3, "Att >90%.", "", "N"),
  N("F", "EMP", "Dad needs to be home more in the mornings - family need an income that doesn't mean him out 15 hrs a day.", 2, "", "", "N")],
 ["SW", "EH"], ["SW", "EH", "AMH", "HV", "WDA"], 3),

case("A3", "5-9", "F", "W", "EH", "N8",
 "Nan (64) is kinship carer under an SGO for two grandchildren (6 and 8) since their mum - her daughter - died of an overdose. She has COPD and has been depressed since the death. "
 "The children are very loved but she is exhausted: she has stopped taking them to clubs, the house has got cluttered, and the 8 year old has missed a lot of school this term. "
 "She says she 'can't see the point sometimes'.",
 [N("P", "FH", "Nan needs to grieve for her daughter and get her energy back so she can keep the routines going.", 3, "", "GP re mood; bereavement.", "N"),
  N("C", "EBD", "The children need to understand how their mum died at a level that fits their ages.", 2, "", "", "N"),
  N("C", "EDU", "The 8 year old needs to be back in school every day.", 3, "Att >90%.", "", "P"),
  N("P", "WF", "Nan needs practical help - someone to share the school runs.", 2, "", "Asked family friend.", "P")],
 ["EH"], ["EH", "AMH", "OTH"], 3,
 "Unusual: the carer is a grandmother under an SGO, not a parent."),

case("A3", "10-15", "M", "W", "EH", "N3",
 "Mum (38) and son (13). Mum has fibromyalgia and depression and is mostly housebound - a very bright, articulate woman who feels guilty. Her son is a gamer, up all night, "
 "hardly going to school (attendance 42%), living on energy drinks. He says school is boring; Mum can't get him up and doesn't have the energy to argue. No one else around.",
 [N("C", "EDU", "He needs to go to school.", 3, "Attendance above 80% next term.", "School attendance plan.", "N"),
  N("C", "HEA", "He needs to sleep at night and eat proper meals.", 2, "", "", "N"),
  N("M", "GB", "Mum needs a way to set limits on gaming and bedtimes that doesn't take energy she hasn't got.", 3, "", "Router off at 11 - agreed.", "P"),
  N("W", "FSI", "He needs another adult in his life.", 2, "", "Youth club?", "N")],
 ["EH"], ["EH", "EDU", "YW", "AMH"], 3,
 "School avoidance and gaming (close to P4); the need here is the missing boundaries while Mum is ill."),

case("A7", "10-15", "F", "W", "OTH", "N0",
 "Y7 girl, attendance 77%, Mum phones in illness each time. At parents' evening Mum seemed very anxious - said she 'doesn't like her out of sight' since the serious asthma attack in Y5. "
 "GP letter mentions Mum's health anxiety. Keeps her off at any sign of illness. Girl is socially isolated, hasn't made friends at Kingsmere yet, and told us 'Mum needs me at home'.",
 [N("C", "EDU", "Needs to be in school unless actually ill.", 3, "Attendance >90% by Easter.", "Attendance officer.", "N"),
  N("M", "FH", "Mum needs to manage her anxiety about her daughter's health so she can let her go to school.", 3, "", "", "N"),
  N("C", "FSR", "Needs friends her own age.", 2, "", "Lunch club.", "P"),
  N("C", "HEA", "Needs an up to date asthma plan that school and Mum trust.", 2, "", "School nurse.", "N")],
 ["EDU"], ["AMH", "EDU", "HV"], 3,
 "Absence through a parent's anxiety, not the child's own (close to P4 and P8)."),
]
