export { answerQuestion, findTopic, outsideEveryTopic, type QuestionAnswer, type TopicMatch } from './answer-question';
export { TOPIC_IDS, isTopicId, topicAnswerKey, topicTitleKey, DECLINE_KEY, DID_YOU_MEAN_KEY, UNSURE_KEY, ALSO_KEY, type TopicId } from './topic-ids';
export { OUTSIDE_SUBJECTS, outsideKey, type OutsideSubject } from './outside-subjects';
