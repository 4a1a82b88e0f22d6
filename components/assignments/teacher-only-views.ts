"use client";

import dynamic from "next/dynamic";

// The assignment page is one route for both roles, and every client component its server
// components name shares the page's chunks: imported directly, the teacher's views would be
// in every student's first load. Through next/dynamic each is its own chunk, fetched only
// where a teacher's view renders it (still server-rendered, and preloaded from the HTML).

export const CompareView = dynamic(() => import("@/components/compare/CompareView").then((m) => m.CompareView));
export const LiveProgressTable = dynamic(() => import("@/components/live/LiveProgressTable").then((m) => m.LiveProgressTable));
export const AnswerKeyWorkspace = dynamic(() => import("./AnswerKeyWorkspace").then((m) => m.AnswerKeyWorkspace));
export const AssignmentForm = dynamic(() => import("./AssignmentForm").then((m) => m.AssignmentForm));
export const SubmissionFeedbackForm = dynamic(() => import("@/components/review/SubmissionFeedbackForm").then((m) => m.SubmissionFeedbackForm));
