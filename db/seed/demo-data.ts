// Demo data for Strands: one programme admin and two fictional cohorts.
// Pure data, no logic: the seeding code reads these exports and inserts them.
// Every person, trust and school here is fictional. URNs are made up and start with 9.
// Outcome statements are exact copies of bullets in shared/seeds/001 (NCP23-16) and 003 (NCP25-15).

export type InitiativeStatus = "planning" | "in_progress" | "evaluating" | "complete" | "paused";
export type Rag = "not_started" | "on_track" | "at_risk" | "off_track" | "done";
export type StrandKey = "policies" | "practice" | "learning" | "community" | "students";
export interface DemoPerson {
  name: string;
  email: string;
}
export interface DemoSchool {
  name: string;
  phase: "secondary" | "primary" | "all-through";
  urn: string;
}
export interface DemoTrust {
  name: string;
  schools: DemoSchool[];
}
export interface DemoOutcome {
  description: string;
  measure: string;
  measuredWhen: string;
}
export interface DemoAction {
  description: string;
  ownerName: string;
  schools: string[]; // exact school names from the participant's trust
  dueOn: string; // YYYY-MM-DD
  successCriteria: string;
  rag: Rag;
}
export interface DemoInitiative {
  title: string;
  status: InitiativeStatus;
  visibility: "private" | "leads" | "cohort";
  problem: string;
  evidenceOfNeed: string;
  approach: string;
  activeIngredients: string;
  startsOn: string;
  endsOn: string; // YYYY-MM-DD
  schools: string[]; // exact school names from the participant's trust (a subset or all)
  implementationOutcomes: DemoOutcome[]; // e.g. adoption, fidelity, reach
  finalOutcomes: DemoOutcome[]; // outcomes for pupils
  strandKeys: StrandKey[];
  outcomeStatements: string[]; // each must be an EXACT copy of a bullet from the programme's outcome statements
  actions: DemoAction[];
}
export interface DemoParticipant extends DemoPerson {
  trust: string;
  track: "new" | "continuing";
  initiatives: DemoInitiative[];
}
export interface DemoCohort {
  programmeCode: string;
  name: string;
  academicYear: string;
  workshops: { title: string; heldOn: string }[]; // exactly three
  leads: DemoPerson[];
  trusts: DemoTrust[];
  participants: DemoParticipant[];
}

// ---------------------------------------------------------------------------------------------
// Outcome statements, copied character for character from the programme documents.

/** NCP23-16 Secondary MAT Maths Leaders Community (shared/seeds/001). */
const MAT = {
  // Whole school/departmental policies and approaches (strand "policies")
  vision:
    "promote and develop a shared vision, culture and set of principles for effective teaching and learning in maths",
  actionPlan:
    "develop a coherent and ambitious action plan that responds to the needs of their MAT and is focused on improving outcomes for students and the professional development needs of teachers in a sustainable way",
  curriculumDesign:
    "ensure that the curriculum design is coherent and translates into schemes of work which are well established and provide pedagogical content knowledge to support for teaching for mastery across the department",
  supportDepartments:
    "ensure that there are approaches in place to support the work of all secondary departments within their MAT through continuing professional development and collaborative working.",
  // Practice development (strand "practice")
  leadWithSubjectLeaders:
    "work with subject leaders across their MAT to lead and manage maths teaching effectively and to develop teaching for mastery approaches within their own departments",
  coherentCurriculum:
    "develop a coherent and connected curriculum which promotes teaching for deep and sustainable understanding",
  collaborativeWays: "develop collaborative ways of working:",
  leadersOfChange: "develop as leaders of curriculum and pedagogical change in order that they can:",
  leadersOfPd: "develop as leaders of professional development, both with teachers and teacher leaders.",
  // Professional learning (strand "learning")
  understandTfm:
    "begin to develop a deep understanding of the vision, principles and pedagogy associated with teaching for mastery",
  leadershipSkills:
    "have a clear understanding of the leadership and management skills required to enable them to effectively promote and develop principled teaching approaches within their schools",
  curriculumPrinciples:
    "understand the principles and practices behind the creation of a coherent and connected curriculum which promotes teaching for deep and connected understanding",
  collaborativePd:
    "understand the benefits of collaborative professional development for sustained development of professional knowledge and practice:",
  pdModels:
    "develop an understanding of effective models of maths teacher professional development, the rationale for using them, and the evidence that supports them through a review of international evidence.",
  // Community Culture (strand "community")
  workWithPeers: "have opportunities to work collaboratively with their peers",
  valueCommunity:
    "report that they value the opportunity to connect with their community and build wider professional relationships",
  thinkingChallenged:
    "have their thinking constructively challenged and develop new ideas, including through critical engagement with research and other literature",
  articulateVision:
    "through engaging with peers, gain confidence in articulating their vision for maths to both middle and senior leaders, including developing objective criticality towards educational initiatives",
  learningCulture: "demonstrate evidence of an ongoing learning culture when they gather.",
} as const;

/** NCP25-15 Secondary Maths Subject Leaders Community (shared/seeds/003). */
const SL = {
  // Student outcomes (strand "students")
  deepUnderstanding: "develop a deep, secure and connected understanding of the maths they are learning",
  conceptualAndProcedural: "achieve both conceptual understanding and procedural fluency",
  thinkReasonDiscuss: "think, reason and discuss their maths in order to deepen their understanding",
  positiveAttitude: "have a positive attitude to maths and attain high levels of achievement in maths.",
  // Whole-school/departmental policies and approaches (strand "policies")
  commonVision:
    "share a common vision, culture and set of principles which align with those in the NCETM’s Essence of Mathematics Teaching for Mastery",
  continueTfm: "continue to develop teaching for mastery approaches consistently within their own departments",
  timeForCollaboration:
    "have structures and systems which allow for dedicated time for collaboration and development with shared responsibility for developing pedagogy.",
  // Practice development (strand "practice")
  classroomPractices:
    "continue to develop classroom practices aligned to those in the NCETM’s Essence of Mathematics Teaching for Mastery",
  collaborateCurriculum: "collaborate to create a coherent curriculum in a culture of professional learning",
  developmentPlan:
    "develop and implement a coherent and ambitious sustained development plan with clear aims based on evidence of need, and an associated professional development programme which will support all departmental members in meeting these aims.",
  // Professional learning (strand "learning")
  understandPractices:
    "have a deep understanding of the practices aligned to those in the NCETM’s Essence of Mathematics Teaching for Mastery",
  valueCollaboration:
    "understand the value of collaboration in creating a coherent curriculum in a culture of professional learning",
  leadershipSupport:
    "have a clear understanding of the leadership and management support required to enable them to effectively develop teaching for mastery approaches within their own departments",
  curriculumPrinciples:
    "understand the principles and practices behind the creation of a coherent and connected curriculum which promotes teaching for mastery",
  collaborativePd: "understand the benefits of collaborative professional development.",
} as const;

// ---------------------------------------------------------------------------------------------

export const demoAdmin: DemoPerson = { name: "Alex Morgan", email: "admin@example.org" };

// ---------------------------------------------------------------------------------------------
// Cohort 1: NCP23-16, 2024/25 National — North

const northTrusts: DemoTrust[] = [
  {
    name: "Pennine Ridge Learning Trust",
    schools: [
      { name: "Calderbrook Academy", phase: "secondary", urn: "991204" },
      { name: "Harrowfell School", phase: "secondary", urn: "991217" },
      { name: "Kestrel Moor Academy", phase: "secondary", urn: "991233" },
      { name: "Oakholme All-Through Academy", phase: "all-through", urn: "991248" },
      { name: "Whinfield Primary Academy", phase: "primary", urn: "991256" },
    ],
  },
  {
    name: "Wearside Horizons Academy Trust",
    schools: [
      { name: "Saltwell Ridge Academy", phase: "secondary", urn: "992310" },
      { name: "Penshaw View School", phase: "secondary", urn: "992327" },
      { name: "Hylton Bridge Academy", phase: "secondary", urn: "992339" },
      { name: "Ravensworth Green Academy", phase: "all-through", urn: "992341" },
    ],
  },
  {
    name: "Three Rivers Co-operative Learning Trust",
    schools: [
      { name: "Lunebank Academy", phase: "secondary", urn: "993402" },
      { name: "Hodder Vale Academy", phase: "secondary", urn: "993415" },
      { name: "Wyreside School", phase: "secondary", urn: "993428" },
      { name: "Bowland Edge Primary Academy", phase: "primary", urn: "993436" },
    ],
  },
  {
    name: "Estuary Learning Partnership",
    schools: [
      { name: "Skidby Fields Academy", phase: "secondary", urn: "994507" },
      { name: "Haltemprice Lane School", phase: "secondary", urn: "994519" },
      { name: "Ouseburn Quay Academy", phase: "secondary", urn: "994522" },
      { name: "Sutton Carr Academy", phase: "secondary", urn: "994538" },
      { name: "Holderness Vale All-Through School", phase: "all-through", urn: "994540" },
    ],
  },
  {
    name: "Bishop Walsingham Catholic Academy Trust",
    schools: [
      { name: "Our Lady of the Dales Catholic Academy", phase: "secondary", urn: "995611" },
      { name: "St Bega's Catholic High School", phase: "secondary", urn: "995624" },
      { name: "Holy Cross Fields Catholic Academy", phase: "secondary", urn: "995637" },
      { name: "St Oswin's Catholic Primary School", phase: "primary", urn: "995649" },
    ],
  },
  {
    name: "Cheshire Plain Schools Trust",
    schools: [
      { name: "Weaverbank Academy", phase: "secondary", urn: "996702" },
      { name: "Delamere Ridge School", phase: "secondary", urn: "996715" },
      { name: "Gowy Meadows Academy", phase: "secondary", urn: "996728" },
      { name: "Bollin Brook Academy", phase: "all-through", urn: "996733" },
      { name: "Saltersford Primary Academy", phase: "primary", urn: "996747" },
    ],
  },
];

const northParticipants: DemoParticipant[] = [
  // --- The demo participant: an in-progress initiative with overdue actions ---
  {
    name: "Priya Shah",
    email: "participant@example.org",
    trust: "Pennine Ridge Learning Trust",
    track: "continuing",
    initiatives: [
      {
        title: "A shared vision for teaching for mastery across Pennine Ridge",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Each of our four secondary maths departments describes good maths teaching differently. Lesson structures, the use of representations and expectations of pupil talk vary widely, so teachers who move between our schools, and new staff, get mixed messages.",
        evidenceOfNeed:
          "Baseline trust TfM audit (September 2024) rated three of four departments at 1 or 2 out of 4 for 'shared principles'. Learning walks found a clear, shared lesson structure in 9 of 31 KS3 lessons. Only two of four HoDs could name the five big ideas of teaching for mastery.",
        approach:
          "Co-write a one-page trust vision for maths with the four HoDs and our two Mastery Specialists, agree five classroom look-fors that follow from it, and embed them through half-termly HoD meetings and paired learning walks. Start with Year 7 and Year 8 classes, then widen to KS4.",
        activeIngredients:
          "HoDs co-author the vision rather than receive it; a short, concrete set of look-fors; paired learning walks followed by a coaching (not judging) conversation; protected time in every HoD meeting.",
        startsOn: "2024-09-16",
        endsOn: "2025-07-18",
        schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy", "Oakholme All-Through Academy"],
        implementationOutcomes: [
          {
            description: "All four secondary HoDs co-author and sign up to the trust vision for maths",
            measure: "Vision agreed at the HoD meeting and shared with every department",
            measuredWhen: "By December 2024",
          },
          {
            description: "All Year 7 and Year 8 teachers use the agreed lesson structure",
            measure: "Drop-in observations using the trust's TfM look-fors",
            measuredWhen: "Each half term from January 2025",
          },
          {
            description: "Every HoD takes part in at least two paired learning walks",
            measure: "Learning walk log kept by the MAT lead",
            measuredWhen: "Termly",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 7 and Year 8 pupils explain their reasoning in full mathematical sentences",
            measure: "Pupil voice and book looks in a sample of classes in each school",
            measuredWhen: "March and June 2025",
          },
        ],
        strandKeys: ["policies", "practice", "community"],
        outcomeStatements: [MAT.vision, MAT.leadersOfChange, MAT.articulateVision],
        actions: [
          {
            description: "Run the baseline TfM audit with each HoD",
            ownerName: "Priya Shah",
            schools: [
              "Calderbrook Academy",
              "Harrowfell School",
              "Kestrel Moor Academy",
              "Oakholme All-Through Academy",
            ],
            dueOn: "2024-10-04",
            successCriteria: "Audit completed in all four departments and the scores shared at the October HoD meeting",
            rag: "done",
          },
          {
            description: "Draft the trust vision for maths with the HoDs and Mastery Specialists",
            ownerName: "Priya Shah",
            schools: [
              "Calderbrook Academy",
              "Harrowfell School",
              "Kestrel Moor Academy",
              "Oakholme All-Through Academy",
            ],
            dueOn: "2024-11-29",
            successCriteria: "One-page vision and five look-fors agreed by all four HoDs",
            rag: "done",
          },
          {
            description: "Present the vision to SLT and the trust's education committee",
            ownerName: "Priya Shah",
            schools: [
              "Calderbrook Academy",
              "Harrowfell School",
              "Kestrel Moor Academy",
              "Oakholme All-Through Academy",
            ],
            dueOn: "2024-12-13",
            successCriteria: "SLT in every school endorse the vision and give a department meeting to its launch",
            rag: "done",
          },
          {
            description: "Launch the vision and look-fors in each department meeting",
            ownerName: "Ruth Okafor",
            schools: [
              "Calderbrook Academy",
              "Harrowfell School",
              "Kestrel Moor Academy",
              "Oakholme All-Through Academy",
            ],
            dueOn: "2025-01-24",
            successCriteria: "Every maths teacher has attended a launch session and has a copy of the look-fors",
            rag: "on_track",
          },
          {
            description: "Release the Kestrel Moor HoD to spend a day in the Calderbrook department",
            ownerName: "Ian Pollard",
            schools: ["Kestrel Moor Academy", "Calderbrook Academy"],
            dueOn: "2025-02-14",
            successCriteria: "Visit completed and two practices agreed to try at Kestrel Moor",
            rag: "off_track",
          },
          {
            description: "Paired HoD learning walks focused on the look-fors",
            ownerName: "Ruth Okafor",
            schools: ["Harrowfell School", "Kestrel Moor Academy", "Oakholme All-Through Academy"],
            dueOn: "2025-03-28",
            successCriteria: "Each HoD has completed two learning walks with a partner HoD and recorded next steps",
            rag: "at_risk",
          },
          {
            description: "Repeat the TfM audit and compare with the baseline",
            ownerName: "Priya Shah",
            schools: [
              "Calderbrook Academy",
              "Harrowfell School",
              "Kestrel Moor Academy",
              "Oakholme All-Through Academy",
            ],
            dueOn: "2025-06-27",
            successCriteria:
              "Follow-up audit completed; at least three departments rated 3 or above for 'shared principles'",
            rag: "not_started",
          },
        ],
      },
    ],
  },

  // --- The second demo participant, in a different trust ---
  {
    name: "James Whitaker",
    email: "participant2@example.org",
    trust: "Wearside Horizons Academy Trust",
    track: "new",
    initiatives: [
      {
        title: "One coherent KS3 scheme of work for Wearside Horizons",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Our four schools follow three different KS3 schemes of work. Pupils who move between our schools repeat or miss content, and results on trust-wide assessments cannot be compared.",
        evidenceOfNeed:
          "Curriculum mapping in September 2024 found fractions taught in Year 7 autumn in two schools and Year 8 summer in the others. The Year 8 common assessment could not be compared across schools. In HoD interviews all four said 'we each plan alone'.",
        approach:
          "Build one KS3 curriculum map around fewer, bigger units, drawing on the NCETM secondary mastery professional development materials and Checkpoints. Small cross-school teams each write and trial one Year 7 unit before it goes to every school.",
        activeIngredients:
          "Fewer topics taught in more depth; cross-school unit-writing teams; pedagogical notes in every unit (key representations, common misconceptions, key questions); a trial-and-review cycle before roll-out.",
        startsOn: "2024-09-09",
        endsOn: "2025-07-18",
        schools: [
          "Saltwell Ridge Academy",
          "Penshaw View School",
          "Hylton Bridge Academy",
          "Ravensworth Green Academy",
        ],
        implementationOutcomes: [
          {
            description: "All four schools teach the Year 7 units in the same sequence from September 2025",
            measure: "Published curriculum maps and long-term plans",
            measuredWhen: "July 2025",
          },
          {
            description: "Every new unit includes pedagogical notes agreed by its writing team",
            measure: "Unit review checklist",
            measuredWhen: "As each unit is completed",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 7 pupils show secure understanding of the core concepts in each trial unit",
            measure: "Common end-of-unit assessment, compared across the four schools",
            measuredWhen: "Summer term 2025",
          },
        ],
        strandKeys: ["policies", "practice", "learning"],
        outcomeStatements: [MAT.curriculumDesign, MAT.coherentCurriculum, MAT.curriculumPrinciples],
        actions: [
          {
            description: "Map the current KS3 content and sequence in all four schools",
            ownerName: "James Whitaker",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2024-10-11",
            successCriteria: "A single spreadsheet shows when each topic is taught in each school",
            rag: "done",
          },
          {
            description: "Agree the Year 7 unit sequence with the HoDs",
            ownerName: "James Whitaker",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2024-11-22",
            successCriteria: "Year 7 long-term plan signed off by all four HoDs",
            rag: "done",
          },
          {
            description: "Form three cross-school unit-writing teams",
            ownerName: "Kate Robson",
            schools: ["Saltwell Ridge Academy", "Penshaw View School", "Hylton Bridge Academy"],
            dueOn: "2024-12-06",
            successCriteria: "Each team has a teacher from at least two schools and a first meeting date",
            rag: "done",
          },
          {
            description: "Write and trial the Year 7 place value and proportional reasoning units",
            ownerName: "Kate Robson",
            schools: ["Saltwell Ridge Academy", "Penshaw View School"],
            dueOn: "2025-03-21",
            successCriteria: "Both units taught in at least two classes and teacher feedback collected",
            rag: "at_risk",
          },
          {
            description: "Write a common end-of-unit assessment for the trial units",
            ownerName: "Adam Lister",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2025-04-04",
            successCriteria: "Assessment and mark scheme used in every trial class",
            rag: "off_track",
          },
          {
            description: "Review trial feedback and finalise the Year 7 map for September 2025",
            ownerName: "James Whitaker",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2025-06-20",
            successCriteria: "Final Year 7 map and unit plans published to all departments",
            rag: "not_started",
          },
        ],
      },
    ],
  },

  // --- Pennine Ridge Learning Trust ---
  {
    name: "Ben Hartley",
    email: "ben.hartley@example.org",
    trust: "Pennine Ridge Learning Trust",
    track: "new",
    initiatives: [
      {
        title: "Protected collaborative planning time for KS3 teams",
        status: "planning",
        visibility: "private",
        problem:
          "Department meetings are taken up with data and administration. Teachers rarely plan lessons together, so the quality of KS3 lessons depends on each teacher working alone.",
        evidenceOfNeed:
          "Staff survey (November 2024): 78% of maths teachers at Calderbrook and Oakholme had not planned a lesson with a colleague this term. Neither department has a planning slot on the calendar.",
        approach:
          "Propose to SLT a fortnightly 50-minute collaborative planning slot for each KS3 year team, run with a simple protocol: unpick the key idea, anticipate misconceptions, rehearse the examples.",
        activeIngredients:
          "Time protected on the calendar; a shared planning protocol; a named lead teacher for each session; a focus on the next lesson rather than the whole unit.",
        startsOn: "2025-01-06",
        endsOn: "2025-07-18",
        schools: ["Calderbrook Academy", "Oakholme All-Through Academy"],
        implementationOutcomes: [
          {
            description: "Each KS3 year team meets fortnightly to plan together",
            measure: "Planning meeting log",
            measuredWhen: "Each half term from February 2025",
          },
          {
            description: "Planning sessions follow the agreed protocol",
            measure: "Sample of planning notes reviewed by the HoD",
            measuredWhen: "End of spring term 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "KS3 pupils meet well-sequenced examples and fewer misconceptions go unaddressed",
            measure: "Book looks and pupil voice",
            measuredWhen: "June 2025",
          },
        ],
        strandKeys: ["policies", "practice"],
        outcomeStatements: [MAT.supportDepartments, MAT.collaborativeWays],
        actions: [
          {
            description: "Write a proposal for protected planning time for the executive headteacher",
            ownerName: "Ben Hartley",
            schools: ["Calderbrook Academy", "Oakholme All-Through Academy"],
            dueOn: "2025-01-31",
            successCriteria: "Proposal discussed at the executive team meeting",
            rag: "not_started",
          },
          {
            description: "Draft the collaborative planning protocol with the two HoDs",
            ownerName: "Ben Hartley",
            schools: ["Calderbrook Academy", "Oakholme All-Through Academy"],
            dueOn: "2025-02-14",
            successCriteria: "One-page protocol agreed by both HoDs",
            rag: "not_started",
          },
          {
            description: "Run a pilot planning session with the Year 7 team at Calderbrook",
            ownerName: "Ruth Okafor",
            schools: ["Calderbrook Academy"],
            dueOn: "2025-03-07",
            successCriteria: "Session held; teachers rate it useful in a quick exit survey",
            rag: "not_started",
          },
          {
            description: "Repeat the staff survey after the pilot",
            ownerName: "Ben Hartley",
            schools: ["Calderbrook Academy", "Oakholme All-Through Academy"],
            dueOn: "2025-04-04",
            successCriteria: "Survey completed by at least 80% of maths teachers",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Grace Okonkwo",
    email: "grace.okonkwo@example.org",
    trust: "Pennine Ridge Learning Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Times tables fluency at KS3",
        status: "complete",
        visibility: "cohort",
        problem:
          "A large minority of Year 7 pupils arrive without fluent recall of multiplication facts, which slows their work on fractions, ratio and algebra.",
        evidenceOfNeed:
          "Baseline check (September 2024): 41% of Year 7 pupils across three schools recalled fewer than 80% of multiplication facts within the time limit. Teachers reported fraction lessons stalling on arithmetic.",
        approach:
          "Five minutes of daily fluency practice at the start of Year 7 and Year 8 lessons, built on the structure of the multiplication tables (commutativity, derived and related facts) rather than rote chanting, with a short check each term.",
        activeIngredients:
          "Short, frequent practice in every lesson; teaching the relationships between facts; consistent representations (arrays, bar model); a low-stakes termly check.",
        startsOn: "2024-09-09",
        endsOn: "2025-06-27",
        schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"],
        implementationOutcomes: [
          {
            description: "Every Year 7 and Year 8 class runs the fluency routine at least four lessons a week",
            measure: "Teacher self-report and drop-in checks",
            measuredWhen: "Each half term",
          },
          {
            description: "Teachers use the agreed representations when teaching facts",
            measure: "Drop-in observations",
            measuredWhen: "Termly",
          },
        ],
        finalOutcomes: [
          {
            description:
              "The proportion of Year 7 pupils recalling at least 80% of multiplication facts rises from 59% to 85%",
            measure: "Termly times tables check",
            measuredWhen: "September 2024, January 2025 and June 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadersOfPd, MAT.understandTfm],
        actions: [
          {
            description: "Baseline times tables check for all Year 7 pupils",
            ownerName: "Grace Okonkwo",
            schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"],
            dueOn: "2024-09-27",
            successCriteria: "Results for every Year 7 pupil recorded in the trust tracker",
            rag: "done",
          },
          {
            description: "Twilight PD: teaching the structure of the multiplication tables",
            ownerName: "Grace Okonkwo",
            schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"],
            dueOn: "2024-10-16",
            successCriteria: "All KS3 teachers attend; the routine is modelled and practised",
            rag: "done",
          },
          {
            description: "Share the routine slides and termly plan with all KS3 teachers",
            ownerName: "Nick Ferris",
            schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"],
            dueOn: "2024-11-01",
            successCriteria: "Slides in every department's shared area",
            rag: "done",
          },
          {
            description: "Drop-in checks on the fluency routine",
            ownerName: "Ruth Okafor",
            schools: ["Calderbrook Academy", "Harrowfell School"],
            dueOn: "2025-02-07",
            successCriteria: "Routine seen in at least 8 of 10 drop-ins",
            rag: "done",
          },
          {
            description: "June check and comparison with the baseline",
            ownerName: "Grace Okonkwo",
            schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"],
            dueOn: "2025-06-20",
            successCriteria: "Check completed and change reported for each school",
            rag: "done",
          },
          {
            description: "Write up findings for the trust HoD meeting",
            ownerName: "Grace Okonkwo",
            schools: ["Calderbrook Academy", "Harrowfell School", "Kestrel Moor Academy"],
            dueOn: "2025-06-27",
            successCriteria: "Two-page summary shared and next year's plan agreed",
            rag: "done",
          },
        ],
      },
    ],
  },
  {
    name: "Marcus Bell",
    email: "marcus.bell@example.org",
    trust: "Pennine Ridge Learning Trust",
    track: "new",
    initiatives: [],
  },

  // --- Wearside Horizons Academy Trust ---
  {
    name: "Hannah Lowe",
    email: "hannah.lowe@example.org",
    trust: "Wearside Horizons Academy Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Lesson study across three Wearside schools",
        status: "evaluating",
        visibility: "leads",
        problem:
          "Our professional development has been one-off INSET days with little change in classrooms. Teachers rarely see each other teach, especially across schools.",
        evidenceOfNeed:
          "In the exit survey after 2023/24 INSET, 64% of maths teachers said they had not changed their practice. There was no cross-school observation in the trust last year.",
        approach:
          "Two lesson study cycles across three schools, each with a cross-school team of three or four teachers, a research focus on representing algebra in Year 8, and a knowledgeable other from the Maths Hub.",
        activeIngredients:
          "Joint planning of a research lesson; live observation focused on pupils rather than the teacher; a post-lesson discussion with a knowledgeable other; sharing what we learned with every department.",
        startsOn: "2024-10-01",
        endsOn: "2025-07-11",
        schools: ["Saltwell Ridge Academy", "Penshaw View School", "Hylton Bridge Academy"],
        implementationOutcomes: [
          {
            description: "Two lesson study cycles completed with teachers from three schools",
            measure: "Cycle records and research lesson plans",
            measuredWhen: "December 2024 and March 2025",
          },
          {
            description: "At least ten teachers take part in a research lesson",
            measure: "Attendance log",
            measuredWhen: "By April 2025",
          },
          {
            description: "Teams follow the lesson study protocol",
            measure: "Observation notes checked against the protocol",
            measuredWhen: "After each cycle",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 8 pupils use algebra tiles and bar models to explain why expressions are equivalent",
            measure: "Post-lesson pupil interviews and work samples",
            measuredWhen: "After each research lesson",
          },
        ],
        strandKeys: ["practice", "learning", "community"],
        outcomeStatements: [MAT.collaborativeWays, MAT.collaborativePd, MAT.workWithPeers],
        actions: [
          {
            description: "Recruit lesson study teams from three schools",
            ownerName: "Hannah Lowe",
            schools: ["Saltwell Ridge Academy", "Penshaw View School", "Hylton Bridge Academy"],
            dueOn: "2024-10-18",
            successCriteria: "Two teams of at least three teachers, each from two or more schools",
            rag: "done",
          },
          {
            description: "Cycle 1 research lesson at Penshaw View",
            ownerName: "Joanne Pratt",
            schools: ["Penshaw View School"],
            dueOn: "2024-12-05",
            successCriteria: "Research lesson taught, observed and discussed with the knowledgeable other",
            rag: "done",
          },
          {
            description: "Cycle 2 research lesson at Hylton Bridge",
            ownerName: "Adam Lister",
            schools: ["Hylton Bridge Academy"],
            dueOn: "2025-03-13",
            successCriteria: "Research lesson taught, observed and discussed; findings written up",
            rag: "done",
          },
          {
            description: "Share findings at the trust HoD network",
            ownerName: "Hannah Lowe",
            schools: ["Saltwell Ridge Academy", "Penshaw View School", "Hylton Bridge Academy"],
            dueOn: "2025-05-16",
            successCriteria: "Each HoD takes one idea back to a department meeting",
            rag: "done",
          },
          {
            description: "Evaluate impact with participants and agree next year's focus",
            ownerName: "Hannah Lowe",
            schools: ["Saltwell Ridge Academy", "Penshaw View School", "Hylton Bridge Academy"],
            dueOn: "2025-07-04",
            successCriteria: "Evaluation against Guskey's levels completed and shared with SLT",
            rag: "on_track",
          },
        ],
      },
    ],
  },
  {
    name: "Sunil Mistry",
    email: "sunil.mistry@example.org",
    trust: "Wearside Horizons Academy Trust",
    track: "continuing",
    initiatives: [
      {
        title: "A trust network for heads of department",
        status: "complete",
        visibility: "leads",
        problem:
          "Our HoDs work in isolation. Newer HoDs in particular have nobody to turn to outside their own school.",
        evidenceOfNeed:
          "In HoD interviews (summer 2024), three of four HoDs said they had never met the other HoDs in the trust; two were in their first year in post.",
        approach:
          "Half-termly HoD network meetings rotating between schools, each with one item on leading teaching and learning and one on running a department, and open to HoDs from nearby schools through the Maths Hub.",
        activeIngredients:
          "Regular meetings in each other's schools; an agenda set with HoDs; a short reading before each meeting; every HoD brings one thing they have tried.",
        startsOn: "2024-09-02",
        endsOn: "2025-07-18",
        schools: [
          "Saltwell Ridge Academy",
          "Penshaw View School",
          "Hylton Bridge Academy",
          "Ravensworth Green Academy",
        ],
        implementationOutcomes: [
          {
            description: "Six network meetings held, each attended by at least three of the four HoDs",
            measure: "Attendance register",
            measuredWhen: "Each half term",
          },
          {
            description: "HoDs report using ideas from the network in their departments",
            measure: "End-of-year HoD survey",
            measuredWhen: "July 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Pupils across the trust experience more consistent, well-led KS3 teaching",
            measure: "Year 8 pupil voice survey in all four schools",
            measuredWhen: "June 2025",
          },
        ],
        strandKeys: ["policies", "community"],
        outcomeStatements: [MAT.supportDepartments, MAT.workWithPeers, MAT.valueCommunity],
        actions: [
          {
            description: "Agree network dates and the rotation of venues with HoDs and SLT",
            ownerName: "Sunil Mistry",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2024-09-20",
            successCriteria: "Six dates in every school calendar",
            rag: "done",
          },
          {
            description: "First network meeting: leading a department's vision for maths",
            ownerName: "Sunil Mistry",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2024-10-17",
            successCriteria: "All four HoDs attend",
            rag: "done",
          },
          {
            description: "Invite HoDs from local schools outside the trust via the Maths Hub",
            ownerName: "Sunil Mistry",
            schools: ["Saltwell Ridge Academy"],
            dueOn: "2025-01-10",
            successCriteria: "At least two visiting HoDs attend the spring meeting",
            rag: "done",
          },
          {
            description: "End-of-year HoD survey and summary for the executive team",
            ownerName: "Sunil Mistry",
            schools: [
              "Saltwell Ridge Academy",
              "Penshaw View School",
              "Hylton Bridge Academy",
              "Ravensworth Green Academy",
            ],
            dueOn: "2025-07-11",
            successCriteria: "Survey completed by every HoD; network funded for 2025/26",
            rag: "done",
          },
        ],
      },
      {
        title: "Coaching for new heads of department",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Two of our four HoDs are new to the role and are finding it hard to lead developments in their departments while teaching a full timetable.",
        evidenceOfNeed:
          "In the network survey both new HoDs rated their confidence in 'leading change' at 2 out of 5, and their departments have the lowest scores in the trust TfM audit.",
        approach:
          "Fortnightly instructional coaching for the two new HoDs from experienced HoDs, focused on running department meetings and leading a planning session, using the trust's HoD development framework.",
        activeIngredients:
          "One specific leadership action at a time; rehearsal before the real meeting; the coach observes the HoD leading and gives feedback the same week.",
        startsOn: "2025-01-06",
        endsOn: "2025-07-18",
        schools: ["Hylton Bridge Academy", "Ravensworth Green Academy"],
        implementationOutcomes: [
          {
            description: "Each new HoD has at least eight coaching conversations",
            measure: "Coaching log",
            measuredWhen: "By June 2025",
          },
          {
            description: "Both new HoDs lead a collaborative planning session in their own department",
            measure: "Observation by their coach",
            measuredWhen: "Summer term 2025",
          },
        ],
        finalOutcomes: [
          {
            description:
              "Year 8 pupils in the two departments close the gap to the trust average on common assessments",
            measure: "Year 8 common assessment compared with the trust average",
            measuredWhen: "June 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadersOfPd, MAT.leadershipSkills],
        actions: [
          {
            description: "Pair each new HoD with an experienced coach",
            ownerName: "Sunil Mistry",
            schools: ["Hylton Bridge Academy", "Ravensworth Green Academy"],
            dueOn: "2025-01-17",
            successCriteria: "Pairs agreed and first meetings booked",
            rag: "done",
          },
          {
            description: "Agree a coaching focus and fortnightly schedule",
            ownerName: "Joanne Pratt",
            schools: ["Hylton Bridge Academy", "Ravensworth Green Academy"],
            dueOn: "2025-01-31",
            successCriteria: "Written focus for each HoD in the coaching log",
            rag: "done",
          },
          {
            description: "Coach observes each new HoD leading a department meeting",
            ownerName: "Joanne Pratt",
            schools: ["Hylton Bridge Academy", "Ravensworth Green Academy"],
            dueOn: "2025-03-28",
            successCriteria: "Observation and feedback recorded for both HoDs",
            rag: "on_track",
          },
          {
            description: "Mid-point review with the executive headteacher",
            ownerName: "Sunil Mistry",
            schools: ["Hylton Bridge Academy", "Ravensworth Green Academy"],
            dueOn: "2025-04-04",
            successCriteria: "Release time for coaching confirmed for the summer term",
            rag: "at_risk",
          },
          {
            description: "Review the coaching log and agree next steps",
            ownerName: "Sunil Mistry",
            schools: ["Hylton Bridge Academy", "Ravensworth Green Academy"],
            dueOn: "2025-06-27",
            successCriteria: "Both HoDs set their own development goals for 2025/26",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Chloe Fraser",
    email: "chloe.fraser@example.org",
    trust: "Wearside Horizons Academy Trust",
    track: "new",
    initiatives: [],
  },

  // --- Three Rivers Co-operative Learning Trust ---
  {
    name: "Rebecca Thornton",
    email: "rebecca.thornton@example.org",
    trust: "Three Rivers Co-operative Learning Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Year 6 to Year 7 transition in maths",
        status: "complete",
        visibility: "cohort",
        problem:
          "Year 7 teachers re-teach content that pupils already know and pupils lose momentum. Our secondary schools and Bowland Edge use different representations and vocabulary.",
        evidenceOfNeed:
          "Year 7 autumn assessment scores were lower than pupils' KS2 results suggest. In pupil voice pupils said 'it's the same as Year 6 but harder to understand'. Most Year 7 teachers were unfamiliar with the KS2 ready-to-progress criteria.",
        approach:
          "Cross-phase PD on the representations used at KS2 and KS3 (bar model, number line, place value charts); Year 6 and Year 7 teachers observe each other; the first Year 7 unit is rewritten to build on the ready-to-progress criteria.",
        activeIngredients:
          "Teachers see each other's classrooms; a short, shared list of representations and vocabulary; Year 7 unit 1 builds explicitly on what pupils met in Year 6.",
        startsOn: "2024-09-16",
        endsOn: "2025-07-11",
        schools: ["Lunebank Academy", "Hodder Vale Academy", "Bowland Edge Primary Academy"],
        implementationOutcomes: [
          {
            description: "All Year 6 and Year 7 teachers attend the cross-phase PD",
            measure: "Attendance register",
            measuredWhen: "By January 2025",
          },
          {
            description: "Year 7 unit 1 uses the agreed representations and vocabulary",
            measure: "Unit plan review and drop-ins",
            measuredWhen: "Summer term 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 7 pupils report that maths builds on what they learned in Year 6",
            measure: "Year 7 pupil voice survey",
            measuredWhen: "February and June 2025",
          },
          {
            description: "Year 7 autumn assessment results match pupils' KS2 starting points more closely",
            measure: "Year 7 baseline compared with KS2 outcomes",
            measuredWhen: "July 2025",
          },
        ],
        strandKeys: ["practice", "learning", "community"],
        outcomeStatements: [MAT.coherentCurriculum, MAT.curriculumPrinciples, MAT.workWithPeers],
        actions: [
          {
            description: "Survey Year 7 teachers on their knowledge of the KS2 curriculum",
            ownerName: "Rebecca Thornton",
            schools: ["Lunebank Academy", "Hodder Vale Academy"],
            dueOn: "2024-10-04",
            successCriteria: "Every Year 7 teacher responds",
            rag: "done",
          },
          {
            description: "Cross-phase twilight on representations with Bowland Edge",
            ownerName: "Rebecca Thornton",
            schools: ["Lunebank Academy", "Hodder Vale Academy", "Bowland Edge Primary Academy"],
            dueOn: "2024-11-20",
            successCriteria: "Shared list of representations and vocabulary agreed",
            rag: "done",
          },
          {
            description: "Year 7 teachers observe Year 6 lessons at Bowland Edge",
            ownerName: "Sarah Kirkby",
            schools: ["Bowland Edge Primary Academy", "Lunebank Academy"],
            dueOn: "2025-01-24",
            successCriteria: "Every Year 7 teacher observes at least one Year 6 lesson",
            rag: "done",
          },
          {
            description: "Rewrite Year 7 unit 1 to build on the KS2 ready-to-progress criteria",
            ownerName: "Sarah Kirkby",
            schools: ["Lunebank Academy", "Hodder Vale Academy"],
            dueOn: "2025-04-04",
            successCriteria: "New unit plan and resources in both departments",
            rag: "done",
          },
          {
            description: "Year 7 pupil voice survey",
            ownerName: "Rebecca Thornton",
            schools: ["Lunebank Academy", "Hodder Vale Academy"],
            dueOn: "2025-06-13",
            successCriteria: "Responses from at least 200 pupils, compared with February",
            rag: "done",
          },
        ],
      },
    ],
  },
  {
    name: "Kwame Mensah",
    email: "kwame.mensah@example.org",
    trust: "Three Rivers Co-operative Learning Trust",
    track: "new",
    initiatives: [
      {
        title: "Professional development for non-specialist teachers of maths",
        status: "in_progress",
        visibility: "leads",
        problem:
          "About a third of KS3 maths lessons at Hodder Vale and Wyreside are taught by non-specialists, many of whom feel unconfident with key ideas such as proportional reasoning.",
        evidenceOfNeed:
          "Timetable analysis: eleven non-specialists teach KS3 maths in the two schools. Their self-rated confidence averaged 2.1 out of 5, and their classes scored below other classes on the Year 8 common assessment.",
        approach:
          "Half-termly subject knowledge sessions for non-specialists, each linked to the next unit they will teach, with a specialist buddy for planning and places on the Maths Hub's SKTM non-specialist programme.",
        activeIngredients:
          "PD tied to the next unit taught; a specialist buddy to plan with; the structured SKTM programme alongside in-school support.",
        startsOn: "2024-10-07",
        endsOn: "2025-07-18",
        schools: ["Hodder Vale Academy", "Wyreside School"],
        implementationOutcomes: [
          {
            description: "Every non-specialist attends at least four of the six sessions",
            measure: "Attendance register",
            measuredWhen: "Each half term",
          },
          {
            description: "Four non-specialists enrol on the SKTM non-specialist programme",
            measure: "Maths Hub registration",
            measuredWhen: "By November 2024",
          },
        ],
        finalOutcomes: [
          {
            description: "Pupils taught by non-specialists make progress in line with other KS3 classes",
            measure: "KS3 common assessments",
            measuredWhen: "February and June 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadersOfPd, MAT.pdModels],
        actions: [
          {
            description: "Identify every non-specialist teaching KS3 maths",
            ownerName: "Kwame Mensah",
            schools: ["Hodder Vale Academy", "Wyreside School"],
            dueOn: "2024-10-11",
            successCriteria: "List agreed with both timetablers",
            rag: "done",
          },
          {
            description: "Enrol non-specialists on the Maths Hub SKTM programme",
            ownerName: "Kwame Mensah",
            schools: ["Hodder Vale Academy", "Wyreside School"],
            dueOn: "2024-11-08",
            successCriteria: "Four teachers registered",
            rag: "done",
          },
          {
            description: "Subject knowledge session 1: multiplicative reasoning",
            ownerName: "Leanne Doyle",
            schools: ["Wyreside School"],
            dueOn: "2024-11-27",
            successCriteria: "Session held; confidence rated before and after",
            rag: "done",
          },
          {
            description: "Assign a specialist buddy to every non-specialist",
            ownerName: "Leanne Doyle",
            schools: ["Hodder Vale Academy", "Wyreside School"],
            dueOn: "2025-01-17",
            successCriteria: "Each pair has met to plan at least once",
            rag: "at_risk",
          },
          {
            description: "Sessions 2 to 4: fractions, ratio and algebraic thinking",
            ownerName: "Kwame Mensah",
            schools: ["Hodder Vale Academy", "Wyreside School"],
            dueOn: "2025-05-16",
            successCriteria: "Three sessions held, each attended by most non-specialists",
            rag: "on_track",
          },
          {
            description: "Compare assessment results for classes taught by non-specialists",
            ownerName: "Kwame Mensah",
            schools: ["Hodder Vale Academy", "Wyreside School"],
            dueOn: "2025-07-04",
            successCriteria: "Analysis shared with both HoDs",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Laura Pickering",
    email: "laura.pickering@example.org",
    trust: "Three Rivers Co-operative Learning Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Mathematical thinking in KS3 lessons",
        status: "paused",
        visibility: "private",
        problem:
          "KS3 lessons focus on procedures. Pupils rarely explore, notice structure, generalise or make conjectures.",
        evidenceOfNeed:
          "On learning walks the tasks in 27 of 30 lessons were procedural. In pupil voice most pupils described maths as 'following the steps'.",
        approach:
          "Introduce the NCETM mathematical thinking approach through one rich task per KS3 unit, planned in department time and supported by the Maths Hub's mathematical thinking Work Group. Paused in February 2025 while Wyreside recruits a new HoD; to resume in 2025/26.",
        activeIngredients:
          "One rich task per unit; teacher questions that prompt pupils to generalise; department time to plan the task and reflect on pupils' responses.",
        startsOn: "2024-09-23",
        endsOn: "2025-07-11",
        schools: ["Lunebank Academy", "Wyreside School"],
        implementationOutcomes: [
          {
            description: "Each Year 8 unit includes one mathematical thinking task used by every teacher",
            measure: "Unit plans and teacher log",
            measuredWhen: "Termly",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 8 pupils make and test conjectures in their written work",
            measure: "Samples of pupil work",
            measuredWhen: "Summer term 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadWithSubjectLeaders, MAT.understandTfm],
        actions: [
          {
            description: "Join the Maths Hub mathematical thinking Work Group",
            ownerName: "Laura Pickering",
            schools: ["Lunebank Academy", "Wyreside School"],
            dueOn: "2024-10-04",
            successCriteria: "Two teachers from each school registered",
            rag: "done",
          },
          {
            description: "Department session introducing mathematical thinking at Lunebank",
            ownerName: "Laura Pickering",
            schools: ["Lunebank Academy"],
            dueOn: "2024-11-13",
            successCriteria: "Session held; every teacher tries one task",
            rag: "done",
          },
          {
            description: "Department session introducing mathematical thinking at Wyreside",
            ownerName: "Gareth Lomas",
            schools: ["Wyreside School"],
            dueOn: "2025-01-15",
            successCriteria: "Session held; every teacher tries one task",
            rag: "off_track",
          },
          {
            description: "Plan a mathematical thinking task for each Year 8 unit",
            ownerName: "Laura Pickering",
            schools: ["Lunebank Academy", "Wyreside School"],
            dueOn: "2025-03-14",
            successCriteria: "Tasks added to every Year 8 unit plan",
            rag: "at_risk",
          },
          {
            description: "Review samples of pupils' work with both departments",
            ownerName: "Laura Pickering",
            schools: ["Lunebank Academy", "Wyreside School"],
            dueOn: "2025-06-20",
            successCriteria: "Samples discussed and next steps agreed",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Owen Driscoll",
    email: "owen.driscoll@example.org",
    trust: "Three Rivers Co-operative Learning Trust",
    track: "new",
    initiatives: [
      {
        title: "Using Checkpoints to diagnose Year 7 starting points",
        status: "planning",
        visibility: "private",
        problem:
          "Year 7 teachers start each unit without a clear picture of what pupils already understand; KS2 data are too coarse to plan from.",
        evidenceOfNeed:
          "At the trust HoD network two of three departments said they used no diagnostic tasks in the first half term of 2024/25. Year 7 books show the same starting point for every class.",
        approach:
          "Use NCETM Checkpoints diagnostic activities at the start of each Year 7 unit and discuss pupils' responses in department time to adapt the next lessons.",
        activeIngredients:
          "Diagnosis before teaching; department discussion of real pupil responses; teachers adapt the unit plan in the light of what they find.",
        startsOn: "2025-05-06",
        endsOn: "2025-12-19",
        schools: ["Lunebank Academy", "Hodder Vale Academy", "Wyreside School"],
        implementationOutcomes: [
          {
            description: "Year 7 teachers use a Checkpoint activity at the start of each unit",
            measure: "Unit plans and drop-ins",
            measuredWhen: "Each half term from September 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Common Year 7 misconceptions are identified and addressed early in each unit",
            measure: "Misconception questions on end-of-unit assessments",
            measuredWhen: "December 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadersOfChange, MAT.curriculumPrinciples],
        actions: [
          {
            description: "Choose Checkpoints for each Year 7 autumn unit with the HoDs",
            ownerName: "Owen Driscoll",
            schools: ["Lunebank Academy", "Hodder Vale Academy", "Wyreside School"],
            dueOn: "2025-06-13",
            successCriteria: "A Checkpoint chosen for every autumn unit",
            rag: "not_started",
          },
          {
            description: "Department session on using diagnostic responses",
            ownerName: "Owen Driscoll",
            schools: ["Lunebank Academy", "Hodder Vale Academy", "Wyreside School"],
            dueOn: "2025-07-09",
            successCriteria: "Every Year 7 teacher has practised with real pupil responses",
            rag: "not_started",
          },
          {
            description: "Build Checkpoint discussion into September department meetings",
            ownerName: "Sarah Kirkby",
            schools: ["Lunebank Academy", "Hodder Vale Academy"],
            dueOn: "2025-09-19",
            successCriteria: "Item on every department meeting agenda in the autumn term",
            rag: "not_started",
          },
        ],
      },
    ],
  },

  // --- Estuary Learning Partnership ---
  {
    name: "Fatima Hussain",
    email: "fatima.hussain@example.org",
    trust: "Estuary Learning Partnership",
    track: "continuing",
    initiatives: [
      {
        title: "Teaching with variation: designing example sequences in KS3",
        status: "evaluating",
        visibility: "leads",
        problem:
          "Worked examples and practice exercises are often a jumble of unrelated questions. Pupils can follow a procedure but do not notice the underlying structure.",
        evidenceOfNeed:
          "A review of 40 KS3 lesson resources found only six with deliberate variation. Item analysis of the Year 8 common assessment showed pupils failing questions that differed only slightly from those they had practised.",
        approach:
          "A PD sequence on conceptual and procedural variation led by our Secondary Mastery Specialist, followed by cross-school teams redesigning the examples and practice in two Year 8 units.",
        activeIngredients:
          "A shared language for variation; redesigning the resources teachers actually use; trying the redesigned sequences and comparing pupils' responses.",
        startsOn: "2024-09-30",
        endsOn: "2025-07-18",
        schools: ["Skidby Fields Academy", "Haltemprice Lane School", "Ouseburn Quay Academy", "Sutton Carr Academy"],
        implementationOutcomes: [
          {
            description: "Two Year 8 units redesigned with carefully varied example sequences",
            measure: "Unit resource review",
            measuredWhen: "By April 2025",
          },
          {
            description: "Year 8 teachers in four schools use the redesigned resources",
            measure: "Drop-ins and teacher survey",
            measuredWhen: "Summer term 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 8 pupils answer unfamiliar questions on the redesigned units more successfully",
            measure: "Item analysis of the Year 8 common assessment compared with 2023/24",
            measuredWhen: "June 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadersOfChange, MAT.understandTfm, MAT.collaborativePd],
        actions: [
          {
            description: "Review KS3 examples and exercises against variation principles",
            ownerName: "Fatima Hussain",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
            ],
            dueOn: "2024-10-18",
            successCriteria: "40 resources reviewed and findings shared with HoDs",
            rag: "done",
          },
          {
            description: "Mastery Specialist PD session on variation",
            ownerName: "Colin Armitage",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
            ],
            dueOn: "2024-11-21",
            successCriteria: "All Year 8 teachers attend",
            rag: "done",
          },
          {
            description: "Redesign the Year 8 linear equations unit",
            ownerName: "Megan Tate",
            schools: ["Skidby Fields Academy", "Haltemprice Lane School"],
            dueOn: "2025-02-07",
            successCriteria: "Redesigned unit reviewed by the Mastery Specialist",
            rag: "done",
          },
          {
            description: "Redesign the Year 8 ratio unit",
            ownerName: "Megan Tate",
            schools: ["Ouseburn Quay Academy", "Sutton Carr Academy"],
            dueOn: "2025-03-28",
            successCriteria: "Redesigned unit reviewed by the Mastery Specialist",
            rag: "done",
          },
          {
            description: "Item analysis of the Year 8 common assessment",
            ownerName: "Fatima Hussain",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
            ],
            dueOn: "2025-07-04",
            successCriteria: "Comparison with 2023/24 shared with HoDs and SLT",
            rag: "on_track",
          },
        ],
      },
    ],
  },
  {
    name: "Liam Crowther",
    email: "liam.crowther@example.org",
    trust: "Estuary Learning Partnership",
    track: "new",
    initiatives: [
      {
        title: "Reasoning with stem sentences in Year 7",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Pupils give one-word answers and struggle to explain their thinking, in class and in written reasoning questions.",
        evidenceOfNeed:
          "On the autumn Year 7 common assessment pupils scored 32% on reasoning questions against 58% on fluency questions. Book looks found few written explanations.",
        approach:
          "Agree stem sentences for the key ideas in each Year 7 unit; teachers model them and expect full-sentence answers ('say it, then write it'); HoDs check use in drop-ins.",
        activeIngredients:
          "The same stem sentences in every school; teacher modelling followed by pupil rehearsal; consistent expectations of full-sentence answers.",
        startsOn: "2024-10-14",
        endsOn: "2025-07-18",
        schools: ["Haltemprice Lane School", "Sutton Carr Academy", "Holderness Vale All-Through School"],
        implementationOutcomes: [
          {
            description: "Each Year 7 unit has agreed stem sentences",
            measure: "Unit plan check",
            measuredWhen: "Each half term",
          },
          {
            description: "Teachers model stem sentences in most Year 7 lessons",
            measure: "HoD drop-ins",
            measuredWhen: "Spring and summer terms 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 7 scores on reasoning questions rise from 32% to 45%",
            measure: "Year 7 common assessment",
            measuredWhen: "February and June 2025",
          },
        ],
        strandKeys: ["policies", "practice"],
        outcomeStatements: [MAT.curriculumDesign, MAT.leadWithSubjectLeaders],
        actions: [
          {
            description: "Write stem sentences for the Year 7 autumn units",
            ownerName: "Liam Crowther",
            schools: ["Haltemprice Lane School", "Sutton Carr Academy", "Holderness Vale All-Through School"],
            dueOn: "2024-11-01",
            successCriteria: "Stem sentences added to every autumn unit plan",
            rag: "done",
          },
          {
            description: "Department sessions on modelling stem sentences",
            ownerName: "Craig Milner",
            schools: ["Haltemprice Lane School", "Sutton Carr Academy", "Holderness Vale All-Through School"],
            dueOn: "2024-11-29",
            successCriteria: "Every Year 7 teacher has rehearsed modelling in a session",
            rag: "done",
          },
          {
            description: "Extend stem sentences to the spring units",
            ownerName: "Liam Crowther",
            schools: ["Haltemprice Lane School", "Sutton Carr Academy", "Holderness Vale All-Through School"],
            dueOn: "2025-01-31",
            successCriteria: "Stem sentences in every spring unit plan",
            rag: "on_track",
          },
          {
            description: "HoD drop-ins on stem sentence use",
            ownerName: "Craig Milner",
            schools: ["Sutton Carr Academy", "Holderness Vale All-Through School"],
            dueOn: "2025-02-14",
            successCriteria: "Ten drop-ins in each school with feedback to teachers",
            rag: "at_risk",
          },
          {
            description: "Analyse reasoning questions on the Year 7 assessment",
            ownerName: "Liam Crowther",
            schools: ["Haltemprice Lane School", "Sutton Carr Academy", "Holderness Vale All-Through School"],
            dueOn: "2025-06-27",
            successCriteria: "Results compared with the autumn baseline",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Emma Sowerby",
    email: "emma.sowerby@example.org",
    trust: "Estuary Learning Partnership",
    track: "continuing",
    initiatives: [
      {
        title: "A trust maths audit and three-year action plan",
        status: "complete",
        visibility: "leads",
        problem:
          "The trust had no shared picture of strengths and needs in maths across its five schools, and school plans pulled in different directions.",
        evidenceOfNeed:
          "There was no trust-level maths plan. School improvement plans named four different maths priorities, and KS4 progress in maths varied widely between schools.",
        approach:
          "Audit every department against the Essence of Mathematics Teaching for Mastery and the trust's curriculum principles, then write a three-year trust maths action plan with the HoDs and present it to the trust board.",
        activeIngredients:
          "The same audit criteria in every school; HoDs rate their own department with a partner HoD; the action plan is owned by HoDs, not imposed.",
        startsOn: "2024-09-09",
        endsOn: "2025-05-23",
        schools: [
          "Skidby Fields Academy",
          "Haltemprice Lane School",
          "Ouseburn Quay Academy",
          "Sutton Carr Academy",
          "Holderness Vale All-Through School",
        ],
        implementationOutcomes: [
          {
            description: "Audit completed in all five schools",
            measure: "Audit records",
            measuredWhen: "By December 2024",
          },
          {
            description: "Trust maths action plan approved by the board",
            measure: "Board minutes",
            measuredWhen: "March 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Pupils in all five schools benefit from priorities based on evidence of need",
            measure: "Year 9 common assessment compared year on year",
            measuredWhen: "Summer 2025 and summer 2026",
          },
        ],
        strandKeys: ["policies", "learning"],
        outcomeStatements: [MAT.actionPlan, MAT.leadershipSkills],
        actions: [
          {
            description: "Agree the audit criteria with the HoDs",
            ownerName: "Emma Sowerby",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
              "Holderness Vale All-Through School",
            ],
            dueOn: "2024-09-27",
            successCriteria: "Twelve criteria on a four-point scale agreed",
            rag: "done",
          },
          {
            description: "Paired HoD audits in each school",
            ownerName: "Emma Sowerby",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
              "Holderness Vale All-Through School",
            ],
            dueOn: "2024-12-13",
            successCriteria: "Every department rated against every criterion",
            rag: "done",
          },
          {
            description: "Draft the trust maths action plan with the HoDs",
            ownerName: "Emma Sowerby",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
              "Holderness Vale All-Through School",
            ],
            dueOn: "2025-02-14",
            successCriteria: "Three priorities with owners and success criteria",
            rag: "done",
          },
          {
            description: "Present the action plan to the trust board",
            ownerName: "Emma Sowerby",
            schools: [
              "Skidby Fields Academy",
              "Haltemprice Lane School",
              "Ouseburn Quay Academy",
              "Sutton Carr Academy",
              "Holderness Vale All-Through School",
            ],
            dueOn: "2025-03-20",
            successCriteria: "Plan approved with funding for HoD release time",
            rag: "done",
          },
        ],
      },
    ],
  },
  {
    name: "Zainab Ali",
    email: "zainab.ali@example.org",
    trust: "Estuary Learning Partnership",
    track: "new",
    initiatives: [],
  },

  // --- Bishop Walsingham Catholic Academy Trust ---
  {
    name: "Michael Doherty",
    email: "michael.doherty@example.org",
    trust: "Bishop Walsingham Catholic Academy Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Embedding teaching for mastery beyond the Mastery Advocates",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Two departments completed the Secondary TfM Development Work Group, but practice has spread little beyond the two Mastery Advocates in each school. Holy Cross Fields has not yet started.",
        evidenceOfNeed:
          "In trust drop-ins, features of teaching for mastery were seen in most lessons taught by Mastery Advocates but in only 4 of 18 lessons taught by other teachers.",
        approach:
          "Mastery Advocates lead fortnightly department development time, supported by our Mastery Specialist through Embedding Year Support; Holy Cross Fields joins a Development Work Group.",
        activeIngredients:
          "Advocates leading their colleagues; fortnightly protected development time; Mastery Specialist support days in school; the Work Group for the school that is starting out.",
        startsOn: "2024-09-09",
        endsOn: "2025-07-18",
        schools: [
          "Our Lady of the Dales Catholic Academy",
          "St Bega's Catholic High School",
          "Holy Cross Fields Catholic Academy",
        ],
        implementationOutcomes: [
          {
            description: "Fortnightly development time happens in both embedding departments",
            measure: "Department calendars and meeting notes",
            measuredWhen: "Each half term",
          },
          {
            description: "Holy Cross Fields' Mastery Advocates attend every Work Group session",
            measure: "Work Group register",
            measuredWhen: "After each session",
          },
        ],
        finalOutcomes: [
          {
            description: "KS3 pupils show deeper understanding on reasoning questions",
            measure: "Year 8 common assessment",
            measuredWhen: "June 2025",
          },
        ],
        strandKeys: ["policies", "practice"],
        outcomeStatements: [MAT.supportDepartments, MAT.leadWithSubjectLeaders, MAT.leadersOfChange],
        actions: [
          {
            description: "Register for Embedding Year Support and a Development Work Group",
            ownerName: "Michael Doherty",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2024-09-27",
            successCriteria: "All three schools registered with the Maths Hub",
            rag: "done",
          },
          {
            description: "Agree fortnightly development time with headteachers",
            ownerName: "Michael Doherty",
            schools: ["Our Lady of the Dales Catholic Academy", "St Bega's Catholic High School"],
            dueOn: "2024-10-18",
            successCriteria: "Time on both school calendars until July",
            rag: "done",
          },
          {
            description: "Holy Cross Fields Advocates trial lesson design in Year 7",
            ownerName: "Declan Furey",
            schools: ["Holy Cross Fields Catholic Academy"],
            dueOn: "2025-02-28",
            successCriteria: "Two co-planned lessons taught and reviewed",
            rag: "at_risk",
          },
          {
            description: "Mastery Specialist support days in the embedding departments",
            ownerName: "Bernadette Quinn",
            schools: ["Our Lady of the Dales Catholic Academy", "St Bega's Catholic High School"],
            dueOn: "2025-03-14",
            successCriteria: "Three support days held in each school",
            rag: "on_track",
          },
          {
            description: "Trust drop-ins on TfM features",
            ownerName: "Michael Doherty",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2025-06-13",
            successCriteria: "TfM features seen in at least half of lessons by other teachers",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Siobhan Kelly",
    email: "siobhan.kelly@example.org",
    trust: "Bishop Walsingham Catholic Academy Trust",
    track: "new",
    initiatives: [
      {
        title: "Purposeful retrieval starters in KS3",
        status: "planning",
        visibility: "leads",
        problem: "Lesson starters are often unconnected to the lesson or to prior learning, and take up to 20 minutes.",
        evidenceOfNeed:
          "In 12 drop-ins in January 2025, starters lasted 14 minutes on average and only three linked to the lesson's key idea.",
        approach:
          "Agree a short retrieval starter format (four questions: last lesson, last week, last unit, prerequisite for today) and build it into KS3 unit plans.",
        activeIngredients:
          "A fixed, short format; questions chosen to prepare for today's key idea; whole-class response with mini-whiteboards.",
        startsOn: "2025-02-24",
        endsOn: "2025-07-18",
        schools: ["St Bega's Catholic High School", "Holy Cross Fields Catholic Academy"],
        implementationOutcomes: [
          {
            description: "KS3 starters follow the agreed format and last under eight minutes",
            measure: "Drop-ins",
            measuredWhen: "Each half term from April 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "KS3 pupils retain key prior knowledge from one unit to the next",
            measure: "Retrieval questions on end-of-unit assessments",
            measuredWhen: "July 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadWithSubjectLeaders, MAT.pdModels],
        actions: [
          {
            description: "Agree the starter format with both HoDs",
            ownerName: "Siobhan Kelly",
            schools: ["St Bega's Catholic High School", "Holy Cross Fields Catholic Academy"],
            dueOn: "2025-03-14",
            successCriteria: "Format and example slides agreed",
            rag: "not_started",
          },
          {
            description: "Add retrieval starters to Year 7 and Year 8 unit plans",
            ownerName: "Declan Furey",
            schools: ["Holy Cross Fields Catholic Academy"],
            dueOn: "2025-04-04",
            successCriteria: "Starters written for every summer-term lesson",
            rag: "not_started",
          },
          {
            description: "Baseline and follow-up drop-ins on starters",
            ownerName: "Siobhan Kelly",
            schools: ["St Bega's Catholic High School", "Holy Cross Fields Catholic Academy"],
            dueOn: "2025-06-20",
            successCriteria: "Average starter under eight minutes",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Patrick Nolan",
    email: "patrick.nolan@example.org",
    trust: "Bishop Walsingham Catholic Academy Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Responsive teaching with mini-whiteboards and hinge questions",
        status: "evaluating",
        visibility: "leads",
        problem:
          "Teachers move on through KS3 lessons without knowing whether most pupils have understood, so misconceptions surface only at the end-of-unit assessment.",
        evidenceOfNeed:
          "In drop-ins, whole-class checks for understanding were seen in 5 of 24 lessons. End-of-unit assessments showed the same misconceptions in every class.",
        approach:
          "Trust PD on hinge questions and whole-class response, then teachers write one hinge question per lesson for Year 9, reviewed in department meetings.",
        activeIngredients:
          "Every pupil responds, every time; hinge questions written in advance with diagnostic wrong answers; teachers decide what to do next based on the responses.",
        startsOn: "2024-09-16",
        endsOn: "2025-07-11",
        schools: [
          "Our Lady of the Dales Catholic Academy",
          "St Bega's Catholic High School",
          "Holy Cross Fields Catholic Academy",
        ],
        implementationOutcomes: [
          {
            description: "Every Year 9 teacher uses a hinge question with whole-class response in most lessons",
            measure: "Drop-ins using a short checklist",
            measuredWhen: "Each half term",
          },
          {
            description: "Departments build a shared bank of hinge questions",
            measure: "Question bank in each department's shared area",
            measuredWhen: "By Easter 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Fewer Year 9 pupils show the targeted misconceptions on end-of-unit assessments",
            measure: "Item analysis of misconception questions",
            measuredWhen: "Each unit from January 2025",
          },
        ],
        strandKeys: ["practice", "learning", "community"],
        outcomeStatements: [MAT.leadersOfPd, MAT.pdModels, MAT.thinkingChallenged],
        actions: [
          {
            description: "Trust PD session on hinge questions and whole-class response",
            ownerName: "Patrick Nolan",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2024-10-23",
            successCriteria: "All maths teachers attend and write a first hinge question",
            rag: "done",
          },
          {
            description: "Buy mini-whiteboards for every KS3 classroom",
            ownerName: "Bernadette Quinn",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2024-11-08",
            successCriteria: "Class sets in every room",
            rag: "done",
          },
          {
            description: "Build a shared bank of Year 9 hinge questions",
            ownerName: "Declan Furey",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2025-04-04",
            successCriteria: "A question for every Year 9 lesson in the spring units",
            rag: "done",
          },
          {
            description: "Half-termly drop-ins using the checklist",
            ownerName: "Patrick Nolan",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2025-05-23",
            successCriteria: "Whole-class response seen in at least 70% of drop-ins",
            rag: "done",
          },
          {
            description: "Evaluate impact and report to the trust HoD meeting",
            ownerName: "Patrick Nolan",
            schools: [
              "Our Lady of the Dales Catholic Academy",
              "St Bega's Catholic High School",
              "Holy Cross Fields Catholic Academy",
            ],
            dueOn: "2025-07-04",
            successCriteria: "Evaluation report shared with HoDs and SLT",
            rag: "on_track",
          },
        ],
      },
    ],
  },

  // --- Cheshire Plain Schools Trust ---
  {
    name: "Rachel Brennan",
    email: "rachel.brennan@example.org",
    trust: "Cheshire Plain Schools Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Securing foundations for Year 7 pupils with low prior attainment",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Around a quarter of our Year 7 pupils arrive below the expected standard in maths. Withdrawal intervention takes them out of lessons and they fall further behind.",
        evidenceOfNeed:
          "KS2 data: 24% of Year 7 pupils across three schools were below the expected standard. Their average score on the autumn Year 7 assessment was 28%.",
        approach:
          "Teachers of the Year 7 groups with the lowest prior attainment join the Maths Hub's Securing Foundations at Year 7 Work Group and use its resources in lessons, with TAs trained in the same representations.",
        activeIngredients:
          "Teaching the foundations in class rather than by withdrawal; the centrally produced Securing Foundations resources; teachers and TAs using the same representations and language.",
        startsOn: "2024-09-16",
        endsOn: "2025-07-18",
        schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy"],
        implementationOutcomes: [
          {
            description: "Teachers of the lowest-attaining Year 7 groups attend the Securing Foundations Work Group",
            measure: "Work Group register",
            measuredWhen: "After each session",
          },
          {
            description: "Securing Foundations resources are used in those groups at least twice a week",
            measure: "Teacher log and drop-ins",
            measuredWhen: "Each half term",
          },
          {
            description: "TAs supporting Year 7 maths are trained in the same representations",
            measure: "Training record",
            measuredWhen: "By February 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 7 pupils with low prior attainment raise their average assessment score from 28% to 45%",
            measure: "Year 7 common assessment",
            measuredWhen: "February and June 2025",
          },
          {
            description: "These pupils report feeling more confident in maths lessons",
            measure: "Pupil attitude survey",
            measuredWhen: "October 2024 and June 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.leadWithSubjectLeaders, MAT.understandTfm],
        actions: [
          {
            description: "Register three teachers for the Securing Foundations Work Group",
            ownerName: "Rachel Brennan",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2024-09-27",
            successCriteria: "One teacher from each school registered",
            rag: "done",
          },
          {
            description: "Pupil attitude survey for the target groups",
            ownerName: "Rachel Brennan",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2024-10-18",
            successCriteria: "Baseline responses from every target pupil",
            rag: "done",
          },
          {
            description: "Replace withdrawal intervention with in-class support",
            ownerName: "Hollie Barker",
            schools: ["Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2025-01-10",
            successCriteria: "No Year 7 pupils withdrawn from maths lessons for intervention",
            rag: "at_risk",
          },
          {
            description: "Train TAs in the Securing Foundations representations",
            ownerName: "Hollie Barker",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2025-02-07",
            successCriteria: "Every TA supporting Year 7 maths attends both sessions",
            rag: "off_track",
          },
          {
            description: "Drop-ins to the target groups",
            ownerName: "Rachel Brennan",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2025-03-21",
            successCriteria: "Resources seen in use in at least 8 of 10 drop-ins",
            rag: "on_track",
          },
          {
            description: "Repeat the pupil attitude survey and compare assessment results",
            ownerName: "Rachel Brennan",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2025-06-27",
            successCriteria: "Change in attitude and attainment reported for each school",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Tom Ashworth",
    email: "tom.ashworth@example.org",
    trust: "Cheshire Plain Schools Trust",
    track: "new",
    initiatives: [
      {
        title: "Supporting early career teachers of maths across the trust",
        status: "in_progress",
        visibility: "leads",
        problem:
          "We have seven early career teachers of maths spread across four schools. Their mentors are often non-specialists and the ECF programme is generic, so subject-specific support is thin.",
        evidenceOfNeed:
          "ECT survey (October 2024): five of seven said they had no maths-specific development in their first term. Two ECTs were considering leaving the profession.",
        approach:
          "A trust maths ECT group meeting half-termly, led by experienced teachers, linked to the Maths Hub's SKTM early career programme and focused on multiplicative reasoning and task design.",
        activeIngredients:
          "A subject-specific peer group; experienced teachers modelling planning; ECTs observing each other across schools.",
        startsOn: "2024-10-07",
        endsOn: "2025-07-18",
        schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
        implementationOutcomes: [
          {
            description: "All seven ECTs attend at least four of the six group meetings",
            measure: "Attendance register",
            measuredWhen: "Each half term",
          },
          {
            description: "Every ECT observes a lesson in another trust school",
            measure: "Observation log",
            measuredWhen: "By May 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Pupils taught by ECTs reason with increasing confidence in response to questioning",
            measure: "Lesson observation notes and pupil work samples",
            measuredWhen: "Spring and summer terms 2025",
          },
        ],
        strandKeys: ["practice", "learning", "community"],
        outcomeStatements: [MAT.leadersOfPd, MAT.collaborativePd, MAT.workWithPeers],
        actions: [
          {
            description: "Survey ECTs on their subject-specific support",
            ownerName: "Tom Ashworth",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2024-10-25",
            successCriteria: "All seven ECTs respond",
            rag: "done",
          },
          {
            description: "First trust ECT group meeting on multiplicative reasoning",
            ownerName: "Tom Ashworth",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2024-11-21",
            successCriteria: "At least six ECTs attend",
            rag: "done",
          },
          {
            description: "Arrange cross-school observations for every ECT",
            ownerName: "Amy Holt",
            schools: ["Weaverbank Academy", "Bollin Brook Academy"],
            dueOn: "2025-03-14",
            successCriteria: "Every ECT has an observation booked",
            rag: "at_risk",
          },
          {
            description: "Register ECTs for the SKTM early career programme",
            ownerName: "Tom Ashworth",
            schools: ["Delamere Ridge School", "Gowy Meadows Academy"],
            dueOn: "2025-01-17",
            successCriteria: "Four ECTs registered for phase 1",
            rag: "on_track",
          },
          {
            description: "End-of-year ECT survey",
            ownerName: "Tom Ashworth",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2025-07-04",
            successCriteria: "Responses compared with October",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Nadia Begum",
    email: "nadia.begum@example.org",
    trust: "Cheshire Plain Schools Trust",
    track: "new",
    initiatives: [
      {
        title: "Continuity from Year 5 to Year 8 at Bollin Brook and Saltersford",
        status: "planning",
        visibility: "private",
        problem:
          "Pupils from Saltersford and Bollin Brook's primary phase meet different models, language and expectations when they reach Year 7.",
        evidenceOfNeed:
          "Year 7 teachers at Bollin Brook could not name the representations used in Years 5 and 6. Pupil voice in Year 7 suggests some pupils feel they are 'starting again'.",
        approach:
          "Form a Year 5 to Year 8 teacher group that meets termly to compare how fractions and place value are taught and agree common representations.",
        activeIngredients:
          "Teachers from both phases planning together; a small number of shared representations; lesson visits across phases.",
        startsOn: "2025-03-03",
        endsOn: "2025-12-19",
        schools: ["Bollin Brook Academy", "Saltersford Primary Academy"],
        implementationOutcomes: [
          {
            description: "Year 5 to Year 8 teachers meet termly to plan together",
            measure: "Meeting notes",
            measuredWhen: "Termly from summer 2025",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 7 pupils recognise and use the representations they met in Years 5 and 6",
            measure: "Pupil interviews and book looks",
            measuredWhen: "Autumn term 2025",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [MAT.coherentCurriculum, MAT.curriculumPrinciples],
        actions: [
          {
            description: "Agree the group and meeting dates with both headteachers",
            ownerName: "Nadia Begum",
            schools: ["Bollin Brook Academy", "Saltersford Primary Academy"],
            dueOn: "2025-04-04",
            successCriteria: "Dates in both school calendars",
            rag: "not_started",
          },
          {
            description: "First cross-phase meeting on fractions",
            ownerName: "Nadia Begum",
            schools: ["Bollin Brook Academy", "Saltersford Primary Academy"],
            dueOn: "2025-05-21",
            successCriteria: "Shared list of fraction representations drafted",
            rag: "not_started",
          },
          {
            description: "Year 7 teachers visit Year 5 and Year 6 lessons at Saltersford",
            ownerName: "Amy Holt",
            schools: ["Saltersford Primary Academy"],
            dueOn: "2025-06-27",
            successCriteria: "Every Year 7 teacher makes one visit",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Joe Whitfield",
    email: "joe.whitfield@example.org",
    trust: "Cheshire Plain Schools Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Common KS3 assessments and cross-school moderation",
        status: "complete",
        visibility: "leads",
        problem:
          "Each school wrote its own KS3 tests, so results could not be compared and assessment told teachers little about what pupils understood.",
        evidenceOfNeed:
          "Five different Year 8 tests in use in 2023/24; HoDs could not say which misconceptions were common across the trust; test items were mostly procedural.",
        approach:
          "Write common end-of-term assessments for Years 7 to 9 with a mix of fluency, reasoning and problem-solving items, then moderate marking across schools and analyse items together.",
        activeIngredients:
          "Assessments written by teachers from several schools; cross-school moderation; item analysis that feeds back into planning.",
        startsOn: "2024-09-09",
        endsOn: "2025-07-11",
        schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
        implementationOutcomes: [
          {
            description: "All four schools use the common KS3 assessments each term",
            measure: "Assessment calendar and mark sheets",
            measuredWhen: "Each term",
          },
          {
            description: "Marking is moderated across schools after every assessment",
            measure: "Moderation records",
            measuredWhen: "Each term",
          },
        ],
        finalOutcomes: [
          {
            description: "KS3 pupils' scores on reasoning items improve across the year",
            measure: "Item analysis of common assessments",
            measuredWhen: "December 2024, April 2025 and July 2025",
          },
        ],
        strandKeys: ["policies", "practice"],
        outcomeStatements: [MAT.supportDepartments, MAT.collaborativeWays, MAT.curriculumDesign],
        actions: [
          {
            description: "Agree the assessment calendar with the HoDs",
            ownerName: "Joe Whitfield",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2024-09-27",
            successCriteria: "Three assessment windows agreed",
            rag: "done",
          },
          {
            description: "Write the autumn assessments for Years 7 to 9",
            ownerName: "Amy Holt",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2024-11-15",
            successCriteria: "Papers reviewed by every HoD",
            rag: "done",
          },
          {
            description: "First cross-school moderation meeting",
            ownerName: "Joe Whitfield",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2024-12-18",
            successCriteria: "A sample of scripts from every school moderated",
            rag: "done",
          },
          {
            description: "Spring and summer assessments and moderation",
            ownerName: "Amy Holt",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2025-06-27",
            successCriteria: "Both rounds completed and moderated",
            rag: "done",
          },
          {
            description: "Item analysis shared with departments",
            ownerName: "Joe Whitfield",
            schools: ["Weaverbank Academy", "Delamere Ridge School", "Gowy Meadows Academy", "Bollin Brook Academy"],
            dueOn: "2025-07-09",
            successCriteria: "Each department identifies two priorities for 2025/26",
            rag: "done",
          },
        ],
      },
    ],
  },
  {
    name: "Amira Haddad",
    email: "amira.haddad@example.org",
    trust: "Cheshire Plain Schools Trust",
    track: "new",
    initiatives: [],
  },
];

// ---------------------------------------------------------------------------------------------
// Cohort 2: NCP25-15, 2026/27 Hub Community — West

const westTrusts: DemoTrust[] = [
  {
    name: "Severn Vale Learning Trust",
    schools: [
      { name: "Frampton Reach Academy", phase: "secondary", urn: "997801" },
      { name: "Longney Hill School", phase: "secondary", urn: "997814" },
      { name: "Arlingham Court Academy", phase: "secondary", urn: "997826" },
      { name: "Saul Junction Academy", phase: "all-through", urn: "997839" },
    ],
  },
  {
    name: "Mendip Horizons Academy Trust",
    schools: [
      { name: "Priddy Combe School", phase: "secondary", urn: "998903" },
      { name: "Chewton Edge Academy", phase: "secondary", urn: "998916" },
      { name: "Westbury Levels Academy", phase: "secondary", urn: "998924" },
    ],
  },
];

const westParticipants: DemoParticipant[] = [
  {
    name: "Olivia Grant",
    email: "participant3@example.org",
    trust: "Severn Vale Learning Trust",
    track: "new",
    initiatives: [
      {
        title: "Collaborative planning and observation in the Frampton Reach maths department",
        status: "in_progress",
        visibility: "leads",
        problem:
          "Teachers plan alone and rarely see each other teach, so the department's teaching for mastery approaches depend on a few experienced teachers.",
        evidenceOfNeed:
          "Department survey (September 2026): 9 of 11 teachers had not planned a lesson with a colleague this year and none had observed a colleague for development rather than appraisal. Drop-ins found pupils' reasoning rarely drawn out in Year 8.",
        approach:
          "Use the Work Group's Focus B toolkit: a fortnightly collaborative planning slot for the Year 8 team and paired peer observation focused on what pupils say and write, reviewed at each department meeting.",
        activeIngredients:
          "Protected time on the calendar; a simple planning protocol (key idea, misconceptions, examples); observation that looks at pupils, not the teacher; a short review at every department meeting.",
        startsOn: "2026-09-14",
        endsOn: "2027-07-16",
        schools: ["Frampton Reach Academy"],
        implementationOutcomes: [
          {
            description: "The Year 8 team plans together at least fortnightly",
            measure: "Planning log kept by the HoD",
            measuredWhen: "Each half term from November 2026",
          },
          {
            description: "Every teacher takes part in two paired observations",
            measure: "Observation log",
            measuredWhen: "By March 2027",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 8 pupils explain and justify their methods in lessons",
            measure: "Pupil talk noted in paired observations, and pupil voice",
            measuredWhen: "February and June 2027",
          },
        ],
        strandKeys: ["policies", "practice", "students"],
        outcomeStatements: [SL.timeForCollaboration, SL.classroomPractices, SL.thinkReasonDiscuss],
        actions: [
          {
            description: "Agree a fortnightly collaborative planning slot with SLT",
            ownerName: "Olivia Grant",
            schools: ["Frampton Reach Academy"],
            dueOn: "2026-11-06",
            successCriteria: "Slot on the school calendar until July",
            rag: "done",
          },
          {
            description: "Department session on the Work Group's lesson design principles",
            ownerName: "Olivia Grant",
            schools: ["Frampton Reach Academy"],
            dueOn: "2026-11-13",
            successCriteria: "Every teacher attends and tries the planning protocol",
            rag: "on_track",
          },
          {
            description: "Pair teachers for peer observation in Year 8",
            ownerName: "Nathan Hughes",
            schools: ["Frampton Reach Academy"],
            dueOn: "2026-11-20",
            successCriteria: "Pairs agreed and first observations booked",
            rag: "at_risk",
          },
          {
            description: "First round of paired observations focused on pupils' responses",
            ownerName: "Nathan Hughes",
            schools: ["Frampton Reach Academy"],
            dueOn: "2026-12-04",
            successCriteria: "Every pair has observed once and shared one finding",
            rag: "not_started",
          },
          {
            description: "Co-plan the Year 8 fractions unit in planning time",
            ownerName: "Olivia Grant",
            schools: ["Frampton Reach Academy"],
            dueOn: "2027-01-29",
            successCriteria: "Unit plan with agreed examples and key questions",
            rag: "not_started",
          },
          {
            description: "Review planning and observation logs with the department",
            ownerName: "Olivia Grant",
            schools: ["Frampton Reach Academy"],
            dueOn: "2027-03-26",
            successCriteria: "Next steps for the summer term agreed",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Harriet Cole",
    email: "harriet.cole@example.org",
    trust: "Severn Vale Learning Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Developing mathematical thinking across the Longney Hill department",
        status: "in_progress",
        visibility: "leads",
        problem:
          "KS3 tasks ask pupils to practise procedures but rarely to notice structure, generalise or explain why.",
        evidenceOfNeed:
          "A review of Year 9 tasks in September 2026 found 3 of 40 that asked pupils to generalise. On the summer 2026 assessment, Year 9 reasoning items scored 31%.",
        approach:
          "Use the Work Group's Focus A toolkit: one mathematical thinking task in every Year 9 unit, tried by all teachers and discussed at department meetings with samples of pupils' work.",
        activeIngredients:
          "One rich task per unit; questions that prompt pupils to generalise; looking at pupils' work together.",
        startsOn: "2026-09-21",
        endsOn: "2027-07-16",
        schools: ["Longney Hill School"],
        implementationOutcomes: [
          {
            description: "Every Year 9 teacher uses the unit's mathematical thinking task",
            measure: "Teacher log",
            measuredWhen: "Each half term",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 9 pupils generalise and explain patterns in their written work",
            measure: "Samples of pupil work",
            measuredWhen: "February and June 2027",
          },
          {
            description: "Year 9 scores on reasoning items rise from 31% to 45%",
            measure: "Year 9 end-of-term assessment",
            measuredWhen: "July 2027",
          },
        ],
        strandKeys: ["students", "policies", "learning"],
        outcomeStatements: [SL.thinkReasonDiscuss, SL.deepUnderstanding, SL.continueTfm, SL.understandPractices],
        actions: [
          {
            description: "Review Year 9 tasks for opportunities to generalise",
            ownerName: "Harriet Cole",
            schools: ["Longney Hill School"],
            dueOn: "2026-11-03",
            successCriteria: "Review shared at the department meeting",
            rag: "done",
          },
          {
            description: "Department meeting: noticing structure in sequences",
            ownerName: "Harriet Cole",
            schools: ["Longney Hill School"],
            dueOn: "2026-11-17",
            successCriteria: "Every teacher tries the task with a Year 9 class",
            rag: "done",
          },
          {
            description: "Collect samples of pupils' work showing generalisation",
            ownerName: "Kieran Walsh",
            schools: ["Longney Hill School"],
            dueOn: "2026-11-19",
            successCriteria: "Three samples from each Year 9 class",
            rag: "off_track",
          },
          {
            description: "Add a mathematical thinking task to each spring Year 9 unit",
            ownerName: "Kieran Walsh",
            schools: ["Longney Hill School"],
            dueOn: "2026-12-11",
            successCriteria: "Task and key questions in every spring unit plan",
            rag: "on_track",
          },
          {
            description: "Share findings at the Work Group session",
            ownerName: "Harriet Cole",
            schools: ["Longney Hill School"],
            dueOn: "2027-02-12",
            successCriteria: "Pupil work samples discussed with other schools",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Ibrahim Yusuf",
    email: "ibrahim.yusuf@example.org",
    trust: "Severn Vale Learning Trust",
    track: "new",
    initiatives: [
      {
        title: "Coherence between maths and science at Saul Junction",
        status: "planning",
        visibility: "leads",
        problem:
          "Pupils meet graphs, rearranging formulae and proportional reasoning in science before, or differently from, how they are taught in maths.",
        evidenceOfNeed:
          "Science teachers report Year 9 pupils unable to rearrange formulae; the maths and science schemes of work teach straight-line graphs a year apart.",
        approach:
          "Use the Work Group's Focus D toolkit to compare the two schemes of work with the head of science, agree common approaches and language, and run a joint twilight.",
        activeIngredients:
          "Maths and science teachers planning together; agreed common language and representations; sequencing changes in both schemes of work.",
        startsOn: "2026-11-02",
        endsOn: "2027-07-16",
        schools: ["Saul Junction Academy"],
        implementationOutcomes: [
          {
            description: "Common approaches to graphs and formulae agreed by both departments",
            measure: "Shared guidance document",
            measuredWhen: "By February 2027",
          },
        ],
        finalOutcomes: [
          {
            description: "Year 9 pupils rearrange formulae successfully in both subjects",
            measure: "Matched questions on maths and science assessments",
            measuredWhen: "June 2027",
          },
        ],
        strandKeys: ["practice", "learning"],
        outcomeStatements: [SL.collaborateCurriculum, SL.curriculumPrinciples],
        actions: [
          {
            description: "Meet the head of science to compare KS3 schemes of work",
            ownerName: "Ibrahim Yusuf",
            schools: ["Saul Junction Academy"],
            dueOn: "2026-11-27",
            successCriteria: "List of overlapping topics and timings",
            rag: "not_started",
          },
          {
            description: "Agree common approaches to graphs and rearranging formulae",
            ownerName: "Lucy Fenwick",
            schools: ["Saul Junction Academy"],
            dueOn: "2027-01-15",
            successCriteria: "One-page guidance agreed by both departments",
            rag: "not_started",
          },
          {
            description: "Joint maths and science twilight on proportional reasoning",
            ownerName: "Ibrahim Yusuf",
            schools: ["Saul Junction Academy"],
            dueOn: "2027-03-10",
            successCriteria: "Both departments attend; each teacher plans one lesson using the guidance",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Megan Price",
    email: "megan.price@example.org",
    trust: "Mendip Horizons Academy Trust",
    track: "continuing",
    initiatives: [
      {
        title: "Consistent teaching for mastery lesson design in KS3",
        status: "in_progress",
        visibility: "cohort",
        problem:
          "Teaching for mastery approaches are strong in some classrooms but not others, and several teachers are new to the department this year.",
        evidenceOfNeed:
          "September 2026 drop-ins: features from the Essence of Mathematics Teaching for Mastery seen in 7 of 16 KS3 lessons. Four of ten teachers joined the department in the last year.",
        approach:
          "Use the Work Group's Focus C toolkit: agree a shared lesson design template with the Mastery Advocates, coach the teachers new to the department, and use look-fors in drop-ins.",
        activeIngredients:
          "A shared template built on the department's principles; coaching for new staff; look-fors used for development, not judgement.",
        startsOn: "2026-09-07",
        endsOn: "2027-07-16",
        schools: ["Chewton Edge Academy"],
        implementationOutcomes: [
          {
            description: "All KS3 teachers plan with the shared lesson design template",
            measure: "Sample of lesson plans",
            measuredWhen: "Each half term",
          },
          {
            description: "TfM look-fors seen in most KS3 drop-ins",
            measure: "Drop-in record",
            measuredWhen: "February and May 2027",
          },
        ],
        finalOutcomes: [
          {
            description: "KS3 pupils report a more positive attitude to maths",
            measure: "Pupil attitude survey in Year 7 and Year 9",
            measuredWhen: "October 2026 and April 2027",
          },
        ],
        strandKeys: ["policies", "practice", "students"],
        outcomeStatements: [SL.commonVision, SL.classroomPractices, SL.positiveAttitude],
        actions: [
          {
            description: "Drop-ins to KS3 lessons against the department's TfM principles",
            ownerName: "Megan Price",
            schools: ["Chewton Edge Academy"],
            dueOn: "2026-11-02",
            successCriteria: "Baseline drop-ins completed for every KS3 teacher",
            rag: "done",
          },
          {
            description: "Agree a shared lesson design template with the Mastery Advocates",
            ownerName: "Owain Jenkins",
            schools: ["Chewton Edge Academy"],
            dueOn: "2026-11-16",
            successCriteria: "Template agreed and shared with all teachers",
            rag: "at_risk",
          },
          {
            description: "Coaching for the teachers new to the department",
            ownerName: "Megan Price",
            schools: ["Chewton Edge Academy"],
            dueOn: "2026-12-04",
            successCriteria: "Each new teacher has had three coaching conversations",
            rag: "on_track",
          },
          {
            description: "Mid-year drop-ins using the TfM look-fors",
            ownerName: "Owain Jenkins",
            schools: ["Chewton Edge Academy"],
            dueOn: "2027-02-26",
            successCriteria: "Look-fors seen in at least 11 of 16 lessons",
            rag: "not_started",
          },
          {
            description: "Repeat the pupil attitude survey",
            ownerName: "Megan Price",
            schools: ["Chewton Edge Academy"],
            dueOn: "2027-04-23",
            successCriteria: "Responses compared with October",
            rag: "not_started",
          },
        ],
      },
    ],
  },
  {
    name: "Ravi Chauhan",
    email: "ravi.chauhan@example.org",
    trust: "Mendip Horizons Academy Trust",
    track: "new",
    initiatives: [
      {
        title: "A department development plan built on evidence of need",
        status: "planning",
        visibility: "private",
        problem:
          "As a new HoD I have inherited a development plan that lists many priorities but has no clear aims or professional development to support them.",
        evidenceOfNeed:
          "The 2025/26 plan has eleven priorities and no success criteria. Department meetings this term have been almost entirely administrative.",
        approach:
          "Gather evidence (staff survey, assessment data, drop-ins), agree three aims with the department, and build a PD calendar around them.",
        activeIngredients:
          "Aims grounded in evidence; the department shares in writing the plan; PD time in the calendar tied to each aim.",
        startsOn: "2026-10-12",
        endsOn: "2027-07-16",
        schools: ["Priddy Combe School"],
        implementationOutcomes: [
          {
            description: "Development plan with three evidence-based aims agreed by the department",
            measure: "Published plan",
            measuredWhen: "By February 2027",
          },
          {
            description: "Department meeting time is used for PD linked to the aims",
            measure: "Meeting agendas",
            measuredWhen: "Each half term from February 2027",
          },
        ],
        finalOutcomes: [
          {
            description:
              "KS3 pupils achieve both conceptual understanding and procedural fluency in the priority topics",
            measure: "KS3 common assessment items on the priority topics",
            measuredWhen: "July 2027",
          },
        ],
        strandKeys: ["practice", "learning", "students"],
        outcomeStatements: [SL.developmentPlan, SL.leadershipSupport, SL.conceptualAndProcedural],
        actions: [
          {
            description: "Survey the department on professional development needs",
            ownerName: "Ravi Chauhan",
            schools: ["Priddy Combe School"],
            dueOn: "2026-11-13",
            successCriteria: "Every teacher responds",
            rag: "not_started",
          },
          {
            description: "Review KS3 and KS4 assessment data with the SLT link",
            ownerName: "Ravi Chauhan",
            schools: ["Priddy Combe School"],
            dueOn: "2026-12-02",
            successCriteria: "Three possible priorities identified",
            rag: "not_started",
          },
          {
            description: "Draft the development plan and PD calendar",
            ownerName: "Ravi Chauhan",
            schools: ["Priddy Combe School"],
            dueOn: "2027-01-08",
            successCriteria: "Draft shared with the department",
            rag: "not_started",
          },
          {
            description: "Agree the plan at a department meeting",
            ownerName: "Ravi Chauhan",
            schools: ["Priddy Combe School"],
            dueOn: "2027-02-03",
            successCriteria: "Plan agreed and published",
            rag: "not_started",
          },
        ],
      },
    ],
  },
];

export const demoCohorts: DemoCohort[] = [
  {
    programmeCode: "NCP23-16",
    name: "2024/25 National — North",
    academicYear: "2024/25",
    workshops: [
      { title: "Workshop 1: Vision and auditing", heldOn: "2024-10-10" },
      { title: "Workshop 2: Curriculum coherence and collaborative professional development", heldOn: "2025-02-06" },
      { title: "Workshop 3: Evaluating impact and sustaining change", heldOn: "2025-06-19" },
    ],
    leads: [{ name: "Helen Marsden", email: "lead@example.org" }],
    trusts: northTrusts,
    participants: northParticipants,
  },
  {
    programmeCode: "NCP25-15",
    name: "2026/27 Hub Community — West",
    academicYear: "2026/27",
    workshops: [
      { title: "Workshop 1: Leading a shared vision in your department", heldOn: "2026-10-08" },
      { title: "Workshop 2: Collaborative planning and observation", heldOn: "2027-01-21" },
      { title: "Workshop 3: Evaluating your development plan", heldOn: "2027-03-18" },
    ],
    leads: [{ name: "Daniel Achebe", email: "lead2@example.org" }],
    trusts: westTrusts,
    participants: westParticipants,
  },
];
