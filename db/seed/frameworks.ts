// Generated from the programme documents in ./programme-documents (word for word; see
// tests/unit/frameworks.test.ts). Edit the documents' extraction, not the text.

export interface StatementSeed {
  text: string;
  children?: string[];
}
export interface StrandSeed {
  key: string;
  title: string;
  leadIn: string;
  statements: StatementSeed[];
}
export interface FrameworkSeed {
  code: string;
  name: string;
  summary: string;
  strands: StrandSeed[];
  criteria: string[];
}

export const frameworks: FrameworkSeed[] = [
  {
    code: "NCP23-16",
    name: "Secondary MAT Maths Leaders Community",
    summary:
      "For those who lead maths across multiple schools within a multi-academy trust, including at least one secondary school: three face-to-face days, inter-sessional activity and an online community.",
    strands: [
      {
        key: "policies",
        title: "Whole school/departmental policies and approaches",
        leadIn: "Participants and their schools’ maths subject leaders will:",
        statements: [
          {
            text: "promote and develop a shared vision, culture and set of principles for effective teaching and learning in maths",
          },
          {
            text: "develop a coherent and ambitious action plan that responds to the needs of their MAT and is focused on improving outcomes for students and the professional development needs of teachers in a sustainable way",
          },
          {
            text: "ensure that the curriculum design is coherent and translates into schemes of work which are well established and provide pedagogical content knowledge to support for teaching for mastery across the department",
          },
          {
            text: "ensure that there are approaches in place to support the work of all secondary departments within their MAT through continuing professional development and collaborative working.",
          },
        ],
      },
      {
        key: "practice",
        title: "Practice development",
        leadIn: "Participants will:",
        statements: [
          {
            text: "work with subject leaders across their MAT to lead and manage maths teaching effectively and to develop teaching for mastery approaches within their own departments",
          },
          {
            text: "develop a coherent and connected curriculum which promotes teaching for deep and sustainable understanding",
          },
          {
            text: "develop collaborative ways of working:",
            children: [
              "with peers to reflect on and develop their own working practice",
              "within and across their schools to support ongoing developments",
            ],
          },
          {
            text: "develop as leaders of curriculum and pedagogical change in order that they can:",
            children: [
              "support those departments implementing a teaching for mastery approach",
              "and/or implement a teaching for mastery approach across all the schools they have responsibility for",
            ],
          },
          {
            text: "develop as leaders of professional development, both with teachers and teacher leaders.",
          },
        ],
      },
      {
        key: "learning",
        title: "Professional learning",
        leadIn: "Participants will:",
        statements: [
          {
            text: "begin to develop a deep understanding of the vision, principles and pedagogy associated with teaching for mastery",
          },
          {
            text: "have a clear understanding of the leadership and management skills required to enable them to effectively promote and develop principled teaching approaches within their schools",
          },
          {
            text: "understand the principles and practices behind the creation of a coherent and connected curriculum which promotes teaching for deep and connected understanding",
          },
          {
            text: "understand the benefits of collaborative professional development for sustained development of professional knowledge and practice:",
            children: ["for themselves", "within a department", "across groups of schools"],
          },
          {
            text: "develop an understanding of effective models of maths teacher professional development, the rationale for using them, and the evidence that supports them through a review of international evidence.",
          },
        ],
      },
      {
        key: "community",
        title: "Community Culture",
        leadIn: "MAT maths leads:",
        statements: [
          {
            text: "have opportunities to work collaboratively with their peers",
          },
          {
            text: "report that they value the opportunity to connect with their community and build wider professional relationships",
          },
          {
            text: "have their thinking constructively challenged and develop new ideas, including through critical engagement with research and other literature",
          },
          {
            text: "through engaging with peers, gain confidence in articulating their vision for maths to both middle and senior leaders, including developing objective criticality towards educational initiatives",
          },
          {
            text: "demonstrate evidence of an ongoing learning culture when they gather.",
          },
        ],
      },
    ],
    criteria: [],
  },
  {
    code: "NCP25-15",
    name: "Secondary Maths Subject Leaders Community",
    summary:
      "For secondary heads of department and subject leaders: a Work Group in the first year, then a Maths Hub-led subject leadership community.",
    strands: [
      {
        key: "students",
        title: "Student outcomes",
        leadIn: "In almost all classes within the department, students will:",
        statements: [
          {
            text: "develop a deep, secure and connected understanding of the maths they are learning",
          },
          {
            text: "achieve both conceptual understanding and procedural fluency",
          },
          {
            text: "think, reason and discuss their maths in order to deepen their understanding",
          },
          {
            text: "have a positive attitude to maths and attain high levels of achievement in maths.",
          },
        ],
      },
      {
        key: "policies",
        title: "Whole-school/departmental policies and approaches",
        leadIn: "Participants and their departments will:",
        statements: [
          {
            text: "share a common vision, culture and set of principles which align with those in the NCETM’s Essence of Mathematics Teaching for Mastery",
          },
          {
            text: "continue to develop teaching for mastery approaches consistently within their own departments",
          },
          {
            text: "have structures and systems which allow for dedicated time for collaboration and development with shared responsibility for developing pedagogy.",
          },
        ],
      },
      {
        key: "practice",
        title: "Practice development",
        leadIn: "Participants and their departments will:",
        statements: [
          {
            text: "continue to develop classroom practices aligned to those in the NCETM’s Essence of Mathematics Teaching for Mastery",
          },
          {
            text: "collaborate to create a coherent curriculum in a culture of professional learning",
          },
          {
            text: "develop and implement a coherent and ambitious sustained development plan with clear aims based on evidence of need, and an associated professional development programme which will support all departmental members in meeting these aims.",
          },
        ],
      },
      {
        key: "learning",
        title: "Professional learning",
        leadIn: "Participants and their departments will:",
        statements: [
          {
            text: "have a deep understanding of the practices aligned to those in the NCETM’s Essence of Mathematics Teaching for Mastery",
          },
          {
            text: "understand the value of collaboration in creating a coherent curriculum in a culture of professional learning",
          },
          {
            text: "have a clear understanding of the leadership and management support required to enable them to effectively develop teaching for mastery approaches within their own departments",
          },
          {
            text: "understand the principles and practices behind the creation of a coherent and connected curriculum which promotes teaching for mastery",
          },
          {
            text: "understand the benefits of collaborative professional development.",
          },
        ],
      },
    ],
    criteria: [],
  },
  {
    code: "PDLP",
    name: "Professional Development Lead Programme",
    summary:
      "For expert teachers of maths who design, lead and evaluate maths teacher professional development beyond their own institution; completed with an Accreditation Evidence Document.",
    strands: [],
    criteria: [
      "You will design, lead, review and refine a professional development programme",
      "You will critically evaluate your own professional development programme against your intended outcomes",
      "You will identify key principles of maths CPD design and the implications of these for the programme you design",
      "You will recognise the key distinction between teachers’ knowledge of maths, and teachers’ knowledge of teaching maths",
    ],
  },
  {
    code: "SDLP",
    name: "School Development Lead Programme",
    summary:
      "For colleagues working with school and subject leaders to improve maths teaching and learning in schools other than their own; participants keep a reflection and learning log and a record of their initiative.",
    strands: [],
    criteria: [
      "You will develop your knowledge of a range of maths school development strategies and know why, when, and how to use them effectively",
      "You will strengthen your knowledge of the evidence base that underpins school development and change management",
      "You will design and lead collaborative maths school development initiatives",
      "You will increase your awareness of the skills needed by a maths school development lead and have a deeper self-awareness in relation to the role",
    ],
  },
];
